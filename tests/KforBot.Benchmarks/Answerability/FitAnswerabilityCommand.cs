using System.Globalization;
using System.Text.Json;
using KforBot.Answering;
using KforBot.Answering.Answerability;
using KforBot.Benchmarks.Support;
using KforBot.Evaluation;
using KforBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Fits the answerability model on question files and rewrites <c>answerability.json</c>: for every answerable or
/// refusable question it measures the evidence features of the best passage, fits a logistic regression, and picks
/// the threshold that refuses the most unanswerable questions while refusing at most 4% of the answerable ones.
/// It also prints hit@1 and hit@3 of the ranking, so the ranking's weights can be chosen on the same questions.
/// </summary>
internal sealed class FitAnswerabilityCommand : IBenchmark
{
    private const double MaxFalseRefusals = 0.04;

    public string Name => "fit-answerability";

    public string Description => "fits the answerability model on the development questions (--questions F1,F2 --write PATH|none)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var shared = Path.GetFullPath(Path.Combine(RepositoryLayout.Root, "..", "shared", "eval"));
        var files = arguments.Text("--questions", $"{shared}/dev-questions.jsonl,{shared}/dev2-questions.jsonl").Split(',');
        var target = arguments.Text("--write", Path.Combine(RepositoryLayout.Root, "src", "KforBot.Core", "Answering", "Answerability", "answerability.json"));
        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Directory"] = RepositoryLayout.SeedCorpus,
            ["Index:Path"] = arguments.Text("--index", scratch.Combine("index")),
            ["Answering:WordsWeight"] = arguments.Text("--words-weight", new AnsweringOptions().WordsWeight.ToString(CultureInfo.InvariantCulture)),
            ["Answering:EvidenceBoost"] = arguments.Text("--evidence-boost", new AnsweringOptions().EvidenceBoost.ToString(CultureInfo.InvariantCulture)),
        };
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddAnswering();
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IndexFreshness>().EnsureCurrentAsync(null, cancellationToken).ConfigureAwait(false);
        var answerer = provider.GetRequiredService<QuestionAnswerer>();
        if (arguments.Text("--csv", "no") == "yes")
        {
            await output.WriteLineAsync($"CSVHEAD,cat,{string.Join(',', EvidenceFeatures.Names)}").ConfigureAwait(false);
        }

        var samples = new List<double[]>();
        var labels = new List<bool>();
        var categories = new List<string>();
        var (answerable, hit1, hit3) = (0, 0, 0);
        foreach (var question in files.SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0)
                     .Select(l => JsonSerializer.Deserialize(l, EvalJsonContext.Default.EvalQuestion)!)
                     .Where(q => q.Category is "answer" or "refuse_oos" or "refuse_trap"))
        {
            var assessment = await answerer.AssessAsync(question.Question, cancellationToken).ConfigureAwait(false);
            if (question.Category == "answer")
            {
                answerable++;
                var wanted = question.Any!.Select(EvalScorer.Normalize).ToList();
                var hits = assessment?.Ranked.Take(3).Select(p => wanted.Any(EvalScorer.Normalize(p.Passage.Text).Contains)).ToList() ?? [];
                hit1 += hits.Take(1).Count(h => h);
                hit3 += hits.Any(h => h) ? 1 : 0;

                // The model learns whether the best passages answer: a question the ranking fails is no example of that.
                if (!hits.Any(h => h))
                {
                    continue;
                }
            }

            if (assessment is not null && arguments.Text("--csv", "no") == "yes")
            {
                var f = assessment.Features;
                var values = f.ToArray().Select(v => v.ToString("F4", CultureInfo.InvariantCulture));
                await output.WriteLineAsync($"CSV,{question.Category},{string.Join(',', values)}").ConfigureAwait(false);
            }

            if (assessment is not null && arguments.Text("--verbose", "no") == "yes")
            {
                var f = assessment.Features;
                var best = assessment.Ranked[0].Passage;
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"{question.Category[..5]} m={f.Meaning:F2} wc={f.WordCoverage:F2} tc={f.TopCoverage:F2} sm={f.SpecificsMissing:F2} sop={f.SpecificsOutsidePassage:F2} ag={f.Agreement:F1} em={f.EvidenceMissing:F0} | {question.Question} | {best.Text[..Math.Min(60, best.Text.Length)]}")).ConfigureAwait(false);
            }

            if (assessment is not null)
            {
                samples.Add(assessment.Features.ToArray());
                labels.Add(question.Category == "answer");
                categories.Add(question.Category);
            }
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"ranking: {answerable} answerable questions, hit@1 {hit1 / (double)answerable:F3}, hit@3 {hit3 / (double)answerable:F3}")).ConfigureAwait(false);
        var (means, scales, weights, bias) = LogisticRegression.Fit(samples, labels, arguments.Number("--penalty", 1));
        var probabilities = samples.Select(s => Probability(s, means, scales, weights, bias)).ToList();
        var threshold = ChooseThreshold(probabilities, labels, output);
        foreach (var category in categories.Distinct())
        {
            var chosen = Enumerable.Range(0, categories.Count).Where(i => categories[i] == category).ToList();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {category,-12} refused {chosen.Count(i => probabilities[i] < threshold) / (double)chosen.Count:F3} of {chosen.Count} (those the model decides)")).ConfigureAwait(false);
        }

        var model = new AnswerabilityModel(EvidenceFeatures.Names, Round(means), Round(scales), Round(weights), Math.Round(bias, 4), threshold);
        for (var j = 0; j < weights.Length; j++)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  {EvidenceFeatures.Names[j],-24} weight {weights[j],7:F3}")).ConfigureAwait(false);
        }

        if (target != "none")
        {
            await File.WriteAllTextAsync(target, model.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"written to {target}").ConfigureAwait(false);
        }

        return 0;
    }

    private static double ChooseThreshold(List<double> probabilities, List<bool> labels, TextWriter output)
    {
        var positives = labels.Count(l => l);
        var negatives = labels.Count - positives;
        var best = (Threshold: 0.5, Refused: -1.0);
        foreach (var threshold in Enumerable.Range(1, 98).Select(i => i / 100.0))
        {
            var falseRefusals = probabilities.Where((p, i) => labels[i] && p < threshold).Count() / (double)positives;
            var refused = probabilities.Where((p, i) => !labels[i] && p < threshold).Count() / (double)negatives;
            if (falseRefusals <= MaxFalseRefusals && refused > best.Refused)
            {
                best = (threshold, refused);
            }
        }

        var chosen = best.Refused < 0 ? 0.5 : best.Threshold;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"threshold {chosen:F2}: unanswerable refused {best.Refused:F3} ({negatives}), false refusals at most {MaxFalseRefusals:P0} ({positives})"));
        return chosen;
    }

    private static double Probability(double[] sample, double[] means, double[] scales, double[] weights, double bias) =>
        1 / (1 + Math.Exp(-(bias + sample.Select((v, j) => weights[j] * (v - means[j]) / scales[j]).Sum())));

    private static double[] Round(double[] values) => values.Select(v => Math.Round(v, 4)).ToArray();
}
