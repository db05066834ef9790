using System.Globalization;
using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// A pointwise reranker over the readings of the hybrid ranking's candidates (is this the passage that answers?),
/// fitted on the generated questions and the development ones, and measured against the hybrid order: in sample,
/// 5-fold by question and by article on the generated questions, and 5-fold on the development ones. Not shipped:
/// it ranked the development questions worse than the hybrid ranking.
/// </summary>
internal static class RerankerMeasurement
{
    /// <summary>One sample per candidate read, when one of them answers (a question the ranking misses teaches nothing here).</summary>
    public static IEnumerable<LabelledSample> Samples(
        string question, Assessment? assessment, Func<RankedPassage, bool> answers, int id, string article, IReadOnlySet<string> dropped)
    {
        var read = assessment?.Ranked.Where(p => assessment.Readings.ContainsKey(p.Passage.Ordinal)).ToList() ?? [];
        if (assessment is null || !read.Any(answers))
        {
            return [];
        }

        var evidence = EvidenceNeeded.For(QuestionReader.Read(question));
        return read.Select(p => new LabelledSample(
            CrossValidation.Drop(RerankFeatures.Of(p, assessment.Readings[p.Passage.Ordinal], evidence).ToArray(), RerankFeatures.Names, dropped),
            answers(p),
            id,
            article));
    }

    public static async Task ReportAsync(
        TextWriter output, IReadOnlyList<LabelledSample> generated, IReadOnlyList<LabelledSample> development, int repeat, double penalty, int folds)
    {
        LinearModel Fit(IEnumerable<LabelledSample> dev) =>
            CrossValidation.Fit([.. generated, .. dev.SelectMany(d => Enumerable.Repeat(d, repeat))], RerankFeatures.Names, penalty);
        var model = Fit(development);
        var byQuestion = CrossValidation.OutOfFold(generated, s => s.Question % folds, RerankFeatures.Names, penalty);
        var byArticle = CrossValidation.OutOfFold(generated, s => s.Article.GetHashCode(StringComparison.Ordinal), RerankFeatures.Names, penalty);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"reranker on {Questions(generated)} generated questions: source passage first, hybrid {HitAt1(generated, Hybrid(generated)):F3}, reranked in sample {HitAt1(generated, Scores(generated, model)):F3}, 5-fold {HitAt1(generated, byQuestion):F3}, by article {HitAt1(generated, byArticle):F3}")).ConfigureAwait(false);
        await CrossValidation.WriteWeightsAsync(output, model).ConfigureAwait(false);

        var outOfFold = new double[development.Count];
        for (var fold = 0; fold < folds; fold++)
        {
            var foldModel = Fit(development.Where(d => d.Question % folds != fold));
            for (var k = 0; k < development.Count; k++)
            {
                outOfFold[k] = development[k].Question % folds == fold ? foldModel.Score(development[k].Features) : outOfFold[k];
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"reranker on {Questions(development)} development questions: an answering passage first, hybrid {HitAt1(development, Hybrid(development)):F3}, in sample {HitAt1(development, Scores(development, model)):F3}, 5-fold {HitAt1(development, outOfFold):F3}")).ConfigureAwait(false);
    }

    private static int Questions(IReadOnlyList<LabelledSample> samples) => samples.Select(s => s.Question).Distinct().Count();

    private static double[] Hybrid(IReadOnlyList<LabelledSample> samples) => [.. samples.Select(s => s.Features[0])];

    private static double[] Scores(IReadOnlyList<LabelledSample> samples, LinearModel model) => [.. samples.Select(s => model.Score(s.Features))];

    /// <summary>The share of questions whose answering passage scores highest among their candidates.</summary>
    private static double HitAt1(IReadOnlyList<LabelledSample> samples, double[] scores)
    {
        var groups = Enumerable.Range(0, samples.Count).GroupBy(i => samples[i].Question).ToList();
        return groups.Count(g => samples[g.MaxBy(i => scores[i])].Label) / (double)Math.Max(1, groups.Count);
    }
}
