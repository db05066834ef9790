using System.Globalization;
using System.Text.Json;
using KforBot.Answering;
using KforBot.Evaluation;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Scores a question file through the whole pipeline (the same figures as the shared scorer) and prints the trap /
/// false-refusal curve: what each answerability threshold would refuse of each kind.
/// </summary>
internal static class QuestionFileReport
{
    public static async Task WriteAsync(TextWriter output, string file, bool fittedOn, QuestionAnswerer answerer, CancellationToken cancellationToken)
    {
        var questions = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize(l, EvalJsonContext.Default.EvalQuestion)!).ToList();
        var scorer = new EvalScorer();
        var probabilities = new List<(string Category, double Probability)>();
        foreach (var question in questions)
        {
            scorer.Add(question, await answerer.AnswerAsync(question.Question, cancellationToken).ConfigureAwait(false));
            if (question.Category is "answer" or "refuse_trap" or "refuse_oos")
            {
                var assessment = await answerer.AssessAsync(question.Question, cancellationToken).ConfigureAwait(false);
                probabilities.Add((question.Category, assessment?.Probability ?? 0));
            }
        }

        await output.WriteLineAsync($"== {Path.GetFileName(file)} ({(fittedOn ? "in sample: answerability was fitted with it; its out-of-fold figures are above" : "never fitted on")})").ConfigureAwait(false);
        var report = scorer.Report(TimeSpan.Zero).Split('\n');
        foreach (var line in report.Where(l => !l.StartsWith("wall", StringComparison.Ordinal) && l.Length > 0))
        {
            await output.WriteLineAsync(line).ConfigureAwait(false);
        }

        await output.WriteLineAsync("  threshold  false-refusals  traps-refused  out-of-scope-refused").ConfigureAwait(false);
        foreach (var threshold in new[] { 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7 })
        {
            double Refused(string category) =>
                probabilities.Where(p => p.Category == category).Select(p => p.Probability < threshold ? 1.0 : 0.0).DefaultIfEmpty(double.NaN).Average();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {threshold,9:F2}  {Refused("answer"),14:F3}  {Refused("refuse_trap"),13:F3}  {Refused("refuse_oos"),20:F3}")).ConfigureAwait(false);
        }
    }
}
