using KforBot.Answering;
using KforBot.Answering.Answerability;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Fits a model on part of the samples and scores the rest: k folds by question, and one fold per article (the corpus
/// split: the model never saw a question about the article it is judged on).
/// </summary>
internal static class CrossValidation
{
    /// <summary>Out-of-fold scores: each sample scored by the model fitted without its fold.</summary>
    public static double[] OutOfFold(IReadOnlyList<LabelledSample> samples, Func<LabelledSample, int> fold, IReadOnlyList<string> names, double penalty)
    {
        var scores = new double[samples.Count];
        foreach (var group in Enumerable.Range(0, samples.Count).GroupBy(i => fold(samples[i])))
        {
            var held = group.ToHashSet();
            var training = Enumerable.Range(0, samples.Count).Where(i => !held.Contains(i)).ToList();
            if (training.Select(i => samples[i].Label).Distinct().Count() < 2)
            {
                continue;
            }

            var model = Fit(training.Select(i => samples[i]).ToList(), names, penalty);
            foreach (var i in held)
            {
                scores[i] = model.Score(samples[i].Features);
            }
        }

        return scores;
    }

    public static LinearModel Fit(IReadOnlyList<LabelledSample> samples, IReadOnlyList<string> names, double penalty, double threshold = 0.5)
    {
        // Answerability's weights keep their features' directions; the reranker's features move together (its hybrid
        // score is made of two of them), so it is fitted free: held to signs it ranked the development questions worse.
        var signs = names.SequenceEqual(EvidenceFeatures.Names) ? EvidenceFeatures.Signs : null;
        var (means, scales, weights, bias) = LogisticRegression.Fit(samples.Select(s => s.Features).ToList(), samples.Select(s => s.Label).ToList(), penalty, signs: signs);
        return new LinearModel(names, Round(means), Round(scales), Round(weights), Math.Round(bias, 4), threshold);
    }

    /// <summary>The area under the ROC curve: the chance that a positive scores above a negative.</summary>
    public static double Auc(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToList();
        double rankSum = 0;
        for (var r = 0; r < order.Count;)
        {
            var end = r;
            while (end + 1 < order.Count && scores[order[end + 1]] == scores[order[r]])
            {
                end++;
            }

            var averageRank = ((r + end) / 2.0) + 1;
            for (var k = r; k <= end; k++)
            {
                rankSum += labels[order[k]] ? averageRank : 0;
            }

            r = end + 1;
        }

        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        return positives == 0 || negatives == 0 ? double.NaN : (rankSum - (positives * (positives + 1) / 2.0)) / (positives * (double)negatives);
    }

    /// <summary>Features left out (<c>--drop a,b</c>) are held at zero, so the fit gives them no weight: for trying which features earn their place.</summary>
    public static double[] Drop(double[] values, IReadOnlyList<string> names, IReadOnlySet<string> dropped)
    {
        for (var j = 0; j < values.Length; j++)
        {
            values[j] = dropped.Contains(names[j]) ? 0 : values[j];
        }

        return values;
    }

    public static async Task WriteWeightsAsync(TextWriter output, LinearModel model)
    {
        for (var j = 0; j < model.Weights.Count; j++)
        {
            await output.WriteLineAsync(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"  {model.Features[j],-26} weight {model.Weights[j],8:F3}")).ConfigureAwait(false);
        }
    }

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToArray();
}
