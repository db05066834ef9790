using System.Text.Json;
using KforBot.Answering;
using KforBot.Evaluation;

namespace KforBot.Tests.Support;

/// <summary>A question file answered through the whole pipeline, with the scorer's figures.</summary>
internal sealed class QuestionSetRun
{
    private readonly List<(EvalQuestion Question, Answer Answer)> _results = [];

    private QuestionSetRun()
    {
    }

    /// <summary>The shared scorer's report, for assertion messages.</summary>
    public string Report { get; private set; } = string.Empty;

    public static async Task<QuestionSetRun> AnswerAsync(string path, IQuestionAnswerer answerer)
    {
        var run = new QuestionSetRun();
        var scorer = new EvalScorer();
        foreach (var line in File.ReadAllLines(path).Where(l => l.Trim().Length > 0))
        {
            var question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion)!;
            var answer = await answerer.AnswerAsync(question.Question, CancellationToken.None);
            scorer.Add(question, answer);
            run._results.Add((question, answer));
        }

        run.Report = scorer.Report(TimeSpan.Zero);
        return run;
    }

    /// <summary>Share of answerable questions with a passage among the first <paramref name="k"/> that contains an expected string.</summary>
    public double HitAt(int k) => Rate("answer", r => !r.Answer.IsRefused && r.Answer.Passages.Take(k).Any(p =>
        r.Question.Any!.Any(wanted => EvalScorer.Normalize(p.Text).Contains(EvalScorer.Normalize(wanted), StringComparison.Ordinal))));

    /// <summary>Share of the questions of a category that were refused.</summary>
    public double Refused(string category) => Rate(category, r => r.Answer.IsRefused);

    /// <summary>Whether every answer of the category is either refused with no passage or answered with some.</summary>
    public bool AllConsistent(string category) => _results.Where(r => r.Question.Category == category).All(r => r.Answer.IsRefused == (r.Answer.Passages.Count == 0));

    private double Rate(string category, Func<(EvalQuestion Question, Answer Answer), bool> counts)
    {
        var chosen = _results.Where(r => r.Question.Category == category).ToList();
        return chosen.Count == 0 ? 1 : chosen.Count(counts) / (double)chosen.Count;
    }
}
