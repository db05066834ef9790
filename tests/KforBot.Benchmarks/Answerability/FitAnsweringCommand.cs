using System.Globalization;
using System.Text.Json;
using KforBot.Answering;
using KforBot.Answering.Answerability;
using KforBot.Answering.Ranking;
using KforBot.Answering.Training;
using KforBot.Benchmarks.Support;
using KforBot.Corpus;
using KforBot.Evaluation;
using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Fits the answerability model on questions generated from the corpus (and out-of-scope ones from a background corpus
/// of other news) together with the two development sets, with the threshold that refuses the most unanswerable
/// development questions while refusing at most 4% of the answerable ones. It also fits and measures a reranker over
/// the passages' readings (pointwise: is this candidate the passage that answers?), which is not shipped. It prints
/// in-sample figures beside 5-fold (by question) and per-article (corpus split) cross-validated ones, then scores every
/// question file with the fitted model, with the trap / false-refusal curve.
/// </summary>
internal sealed class FitAnsweringCommand : IBenchmark
{
    private const double MaxFalseRefusals = 0.04;
    private const int Folds = 5;

    public string Name => "fit-answering";

    public string Description => "fits answerability on questions generated from the corpus and the development sets; measures a reranker (--corpus DIR --background FILE --questions F1,F2 --write yes|none --features FILE)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var questions = Path.Combine(RepositoryLayout.Root, "tests", "questions");
        var files = arguments.Text("--questions", string.Join(',', new[] { "dev-questions.jsonl", "dev2-questions.jsonl", "extra-questions.jsonl" }.Select(f => Path.Combine(questions, f)))).Split(',');
        var corpus = arguments.Text("--corpus", RepositoryLayout.SeedCorpus);
        var background = arguments.Text("--background", Path.Combine(RepositoryLayout.Root, "tests", "data", "background-news.jsonl"));
        var write = arguments.Text("--write", "yes") == "yes";
        var penalty = arguments.Number("--penalty", 1);
        var dropped = arguments.Text("--drop", string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);
        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var settings = new Dictionary<string, string?>
        {
            ["Corpus:Directory"] = corpus,
            ["Index:Path"] = arguments.Text("--index", scratch.Combine("index")),

            // The reranker measured here reads the ten best candidates; answerability weighs the first one's reading.
            ["Answering:ReadPassages"] = "10",
        };
        await using var provider = AnsweringServices.Build(settings);
        await provider.GetRequiredService<IndexFreshness>().EnsureCurrentAsync(null, cancellationToken).ConfigureAwait(false);
        var answerer = provider.GetRequiredService<QuestionAnswerer>();
        var models = provider.GetRequiredService<AnsweringModels>();

        var passages = provider.GetRequiredService<CorpusLoader>().Open(corpus).ReadArticles(cancellationToken).SelectMany(PassageSplitter.Split).ToList();
        var backgroundTexts = File.ReadLines(background).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var generated = new QuestionGenerator(passages, arguments.Number("--seed", 1)).Generate(backgroundTexts);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"generated from {passages.Count} passages: {generated.Count(q => q.Kind == QuestionKind.Answerable)} answerable, {generated.Count(q => q.Kind == QuestionKind.Trap)} traps, {generated.Count(q => q.Kind == QuestionKind.OutOfScope)} out of scope")).ConfigureAwait(false);

        // 1. A reranker over the readings of the hybrid ranking's candidates, measured against the hybrid order: it
        // is not shipped, since it ranked the development questions worse (printed below).
        var rerank = new List<LabelledSample>();
        var assessments = new List<(GeneratedQuestion Question, Assessment? Assessment)>();
        foreach (var (question, i) in generated.Select((q, i) => (q, i)))
        {
            var assessment = await answerer.AssessAsync(question.Text, cancellationToken).ConfigureAwait(false);
            assessments.Add((question, assessment));
            if (question.Kind != QuestionKind.Answerable || assessment is null)
            {
                continue;
            }

            rerank.AddRange(RerankerMeasurement.Samples(question.Text, assessment, p => IsSource(p, question), i, question.ArticleId, dropped));
        }

        // The development questions' candidates join the generated ones (repeated, being fewer): generated questions
        // share more words with their sentence than people's do, and alone they teach the reranker to trust words.
        var repeat = arguments.Number("--development-weight", 50);
        var devQuestions = files.Take(2).SelectMany(File.ReadLines).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize(l, EvalJsonContext.Default.EvalQuestion)!)
            .Where(q => q.Category is "answer" or "refuse_trap" or "refuse_oos").ToList();
        var developmentRerank = new List<LabelledSample>();
        foreach (var (question, i) in devQuestions.Select((q, i) => (q, i)).Where(p => p.q.Category == "answer"))
        {
            var assessment = await answerer.AssessAsync(question.Question, cancellationToken).ConfigureAwait(false);
            var wanted = question.Any?.Select(EvalScorer.Normalize).ToList() ?? [];
            developmentRerank.AddRange(RerankerMeasurement.Samples(
                question.Question, assessment, p => wanted.Any(EvalScorer.Normalize(p.Passage.Text).Contains), i, "development", dropped));
        }

        await RerankerMeasurement.ReportAsync(output, rerank, developmentRerank, repeat, penalty, Folds).ConfigureAwait(false);

        // 2. Answerability, over the best passage of the hybrid ranking.
        var answerability = new List<LabelledSample>();
        var (answerable, top3) = (0, 0);
        foreach (var ((question, assessment), i) in assessments.Select((a, i) => (a, i)))
        {
            if (assessment is null)
            {
                continue;
            }

            if (question.Kind == QuestionKind.Answerable)
            {
                answerable++;
                if (!assessment.Ranked.Take(3).Any(p => IsSource(p, question)))
                {
                    continue;
                }

                top3++;
            }

            answerability.Add(new LabelledSample(CrossValidation.Drop(assessment.Features.ToArray(), EvidenceFeatures.Names, dropped), question.Kind == QuestionKind.Answerable, i, question.ArticleId));
        }

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"hybrid ranking: source passage in the first 3 for {top3 / (double)Math.Max(1, answerable):F3} of {answerable} generated answerable questions")).ConfigureAwait(false);
        var fitted = CrossValidation.Fit(answerability, EvidenceFeatures.Names, penalty);
        var threshold = ThresholdChoice.Choose(answerability.Select(s => (fitted.Probability(s.Features), s.Label)).ToList(), MaxFalseRefusals);
        fitted = fitted with { Threshold = threshold };
        await ReportAnswerabilityAsync(output, answerability, fitted, penalty).ConfigureAwait(false);

        // 3. With the development questions: answerability fitted on the generated questions and the development ones
        // together (these repeated, being fewer), its threshold chosen on the development ones, reported out of fold.
        var development = new List<(LabelledSample Sample, string Category)>();
        foreach (var (question, i) in devQuestions.Select((q, i) => (q, i)))
        {
            var assessment = await answerer.AssessAsync(question.Question, cancellationToken).ConfigureAwait(false);
            var wanted = question.Any?.Select(EvalScorer.Normalize).ToList() ?? [];
            if (assessment is null || (question.Category == "answer" && !assessment.Ranked.Take(3).Any(p => wanted.Any(EvalScorer.Normalize(p.Passage.Text).Contains))))
            {
                continue;
            }

            development.Add((new LabelledSample(CrossValidation.Drop(assessment.Features.ToArray(), EvidenceFeatures.Names, dropped), question.Category == "answer", i, "development"), question.Category));
        }

        LinearModel FitWith(IEnumerable<LabelledSample> dev) =>
            CrossValidation.Fit([.. answerability, .. dev.SelectMany(d => Enumerable.Repeat(d, repeat))], EvidenceFeatures.Names, penalty);
        var outOfFold = new List<(string Category, double Probability, double Threshold)>();
        for (var fold = 0; fold < Folds; fold++)
        {
            var training = development.Where(d => d.Sample.Question % Folds != fold).ToList();
            var model = FitWith(training.Select(d => d.Sample));
            var foldThreshold = ThresholdChoice.Choose(training.Select(d => (model.Probability(d.Sample.Features), d.Sample.Label)).ToList(), MaxFalseRefusals);
            outOfFold.AddRange(development.Where(d => d.Sample.Question % Folds == fold).Select(d => (d.Category, model.Probability(d.Sample.Features), foldThreshold)));
        }

        if (arguments.Text("--features", string.Empty) is { Length: > 0 } featureFile)
        {
            await WriteFeaturesAsync(featureFile, answerability.Select(s => (s, s.Label ? "generated-answer" : "generated-unanswerable")).Concat(development.Select(d => (d.Sample, d.Category))), cancellationToken).ConfigureAwait(false);
        }

        fitted = FitWith(development.Select(d => d.Sample));
        fitted = fitted with { Threshold = ThresholdChoice.Choose(development.Select(d => (fitted.Probability(d.Sample.Features), d.Sample.Label)).ToList(), MaxFalseRefusals) };
        var inSample = development.Select(d => (d.Category, fitted.Probability(d.Sample.Features), fitted.Threshold)).ToList();
        await ThresholdChoice.ReportAsync(output, "in sample", inSample).ConfigureAwait(false);
        await ThresholdChoice.ReportAsync(output, $"{Folds}-fold", outOfFold).ConfigureAwait(false);
        await CrossValidation.WriteWeightsAsync(output, fitted).ConfigureAwait(false);

        models.Answerability = fitted;
        foreach (var (file, i) in files.Select((f, i) => (f, i)))
        {
            await QuestionFileReport.WriteAsync(output, file, fittedOn: i < 2, answerer, cancellationToken).ConfigureAwait(false);
        }

        if (write)
        {
            var target = Path.Combine(RepositoryLayout.Root, "src", "KforBot.Core", "Answering", "Answerability", "answerability.json");
            await File.WriteAllTextAsync(target, fitted.ToJson() + "\n", cancellationToken).ConfigureAwait(false);
            await output.WriteLineAsync($"written to {target}").ConfigureAwait(false);
        }

        return 0;
    }

    /// <summary>Every sample's features, one a line (tab-separated, with its category, question and article), for study elsewhere.</summary>
    private static async Task WriteFeaturesAsync(string path, IEnumerable<(LabelledSample Sample, string Category)> samples, CancellationToken cancellationToken)
    {
        var lines = samples.Select(s => string.Join('\t', new[] { s.Category, s.Sample.Question.ToString(CultureInfo.InvariantCulture), s.Sample.Article }
            .Concat(s.Sample.Features.Select(f => f.ToString("R", CultureInfo.InvariantCulture)))));
        await File.WriteAllLinesAsync(path, [string.Join('\t', new[] { "category", "question", "article" }.Concat(EvidenceFeatures.Names)), .. lines], cancellationToken).ConfigureAwait(false);
    }

    private static bool IsSource(RankedPassage passage, GeneratedQuestion question) =>
        passage.Passage.ArticleId == question.ArticleId && passage.Passage.Position == question.Position;

    private static async Task ReportAnswerabilityAsync(TextWriter output, List<LabelledSample> samples, LinearModel model, double penalty)
    {
        var labels = samples.Select(s => s.Label).ToList();
        var figures = new[]
        {
            ("in sample", samples.Select(s => model.Score(s.Features)).ToArray()),
            ("5-fold by question", CrossValidation.OutOfFold(samples, s => s.Question % Folds, EvidenceFeatures.Names, penalty)),
            ("by article", CrossValidation.OutOfFold(samples, s => s.Article.GetHashCode(StringComparison.Ordinal), EvidenceFeatures.Names, penalty)),
        };
        var logit = Math.Log(model.Threshold / (1 - model.Threshold));
        foreach (var (name, scores) in figures)
        {
            var falseRefusals = samples.Where((s, i) => s.Label && scores[i] < logit).Count() / (double)Math.Max(1, labels.Count(l => l));
            var refused = samples.Where((s, i) => !s.Label && scores[i] < logit).Count() / (double)Math.Max(1, labels.Count(l => !l));
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"answerability {name,-20}: AUC {CrossValidation.Auc(scores, labels):F3}, at threshold {model.Threshold:F2} unanswerable refused {refused:F3}, false refusals {falseRefusals:F3}")).ConfigureAwait(false);
        }

        await CrossValidation.WriteWeightsAsync(output, model).ConfigureAwait(false);
    }
}
