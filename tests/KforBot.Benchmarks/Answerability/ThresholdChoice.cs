using System.Globalization;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// The answerability threshold: the one that refuses the most unanswerable questions (traps and out of scope) while
/// refusing at most a given share of the answerable ones. Chosen on the development questions, it is reported out of
/// fold: each fold's questions are judged with the threshold chosen on the other folds.
/// </summary>
internal static class ThresholdChoice
{
    public static double Choose(IReadOnlyList<(double Probability, bool Answerable)> questions, double maxFalseRefusals)
    {
        var positives = Math.Max(1, questions.Count(q => q.Answerable));
        var best = (Threshold: 0.5, Refused: -1);
        foreach (var threshold in Enumerable.Range(1, 98).Select(i => i / 100.0))
        {
            var falseRefusals = questions.Count(q => q.Answerable && q.Probability < threshold) / (double)positives;
            var refused = questions.Count(q => !q.Answerable && q.Probability < threshold);
            if (falseRefusals <= maxFalseRefusals && refused > best.Refused)
            {
                best = (threshold, refused);
            }
        }

        return best.Threshold;
    }

    /// <summary>Writes what the thresholds refuse of each kind (answerable questions refused are false refusals).</summary>
    public static async Task ReportAsync(TextWriter output, string name, IReadOnlyList<(string Category, double Probability, double Threshold)> questions)
    {
        double Refused(string category) =>
            questions.Where(q => q.Category == category).Select(q => q.Probability < q.Threshold ? 1.0 : 0.0).DefaultIfEmpty(double.NaN).Average();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"development questions {name,-10}: false refusals {Refused("answer"):F3}, traps refused {Refused("refuse_trap"):F3}, out of scope refused {Refused("refuse_oos"):F3} (of those the model decides)")).ConfigureAwait(false);
    }
}
