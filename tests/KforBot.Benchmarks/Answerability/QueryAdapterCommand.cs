using System.Globalization;
using System.Numerics.Tensors;
using System.Text.Json;
using KforBot.Answering.Training;
using KforBot.Benchmarks.Support;
using KforBot.Corpus;
using KforBot.Evaluation;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Measures a linear map of the question's vector learned from the corpus itself: the generated answerable questions
/// are pulled towards the passage each was made from (a softmax over every passage), the map held near the identity.
/// It prints the ranking by meaning alone (first passage, first three) on the generated questions (fitted without the
/// article's own questions: the corpus split) and on each question file, with and without the map; and, for comparison,
/// the passages' vectors moved towards the mean vector of the questions generated from them instead of a
/// map. Neither is used: both lost or tied on the question files (docs/answering.md, "Measured quality").
/// </summary>
internal sealed class QueryAdapterCommand : IBenchmark
{
    private const int Dimensions = 384;

    public string Name => "query-adapter";

    public string Description => "measures a linear map of question vectors fitted on generated questions (--corpus DIR --lambda L --steps N --rate R --temperature T)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var corpus = arguments.Text("--corpus", RepositoryLayout.SeedCorpus);
        var lambda = arguments.Real("--lambda", 3);
        var steps = (int)arguments.Number("--steps", 50);
        var rate = arguments.Real("--rate", 0.1);
        var temperature = arguments.Real("--temperature", 0.05);
        var questionsFolder = Path.Combine(RepositoryLayout.Root, "tests", "questions");
        var files = arguments.Text("--questions", string.Join(',', new[] { "dev-questions.jsonl", "dev2-questions.jsonl", "extra-questions.jsonl" }.Select(f => Path.Combine(questionsFolder, f)))).Split(',');
        var background = Path.Combine(RepositoryLayout.Root, "tests", "data", "background-news.jsonl");
        var settings = new Dictionary<string, string?> { ["Corpus:Directory"] = corpus };
        await using var provider = AnsweringServices.Build(settings);
        var encoder = provider.GetRequiredService<IPassageEncoder>();
        var passages = provider.GetRequiredService<CorpusLoader>().Open(corpus).ReadArticles(cancellationToken).SelectMany(PassageSplitter.Split).ToList();
        var passageVectors = encoder.EncodePassages([.. passages.Select(p => p.Text)], cancellationToken);
        var index = passages.Select((p, i) => (p, i)).ToDictionary(x => (x.p.ArticleId, x.p.Position), x => x.i);
        var backgroundTexts = File.ReadLines(background).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("text").GetString()!).ToList();
        var generated = new QuestionGenerator(passages, 1).Generate(backgroundTexts).Where(q => q.Kind == QuestionKind.Answerable).ToList();
        var questionVectors = encoder.EncodeQuestions([.. generated.Select(q => q.Text)], cancellationToken);
        var targets = generated.Select(q => index[(q.ArticleId, q.Position)]).ToArray();
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{generated.Count} generated answerable questions over {passages.Count} passages; lambda {lambda}, steps {steps}, rate {rate}, temperature {temperature}")).ConfigureAwait(false);

        var all = Enumerable.Range(0, generated.Count).ToList();
        var identity = Identity();
        var fitted = Fit(all, questionVectors, targets, passageVectors, lambda, steps, rate, temperature);
        await output.WriteLineAsync($"generated, identity: {Hits(all, questionVectors, targets, passageVectors, identity)}; fitted in sample: {Hits(all, questionVectors, targets, passageVectors, fitted)}").ConfigureAwait(false);

        // The corpus split: each article's questions judged by a map fitted without them.
        var articles = generated.Select(q => q.ArticleId).Distinct().ToList();
        var (h1, h3, n) = (0, 0, 0);
        foreach (var article in articles)
        {
            var train = all.Where(i => generated[i].ArticleId != article).ToList();
            var test = all.Where(i => generated[i].ArticleId == article).ToList();
            var map = Fit(train, questionVectors, targets, passageVectors, lambda, steps, rate, temperature);
            var (a, b) = Count(test, questionVectors, targets, passageVectors, map);
            (h1, h3, n) = (h1 + a, h3 + b, n + test.Count);
        }

        await output.WriteLineAsync($"generated, by article: {Rates(h1, h3, n)}").ConfigureAwait(false);

        foreach (var file in files)
        {
            var questions = File.ReadLines(file).Where(l => l.Trim().Length > 0).Select(l => JsonSerializer.Deserialize(l, EvalJsonContext.Default.EvalQuestion)!).Where(q => q.Category == "answer").ToList();
            var vectors = encoder.EncodeQuestions([.. questions.Select(q => q.Question)], cancellationToken);
            var normalised = passages.Select(p => EvalScorer.Normalize(p.Text)).ToList();
            string Score(IReadOnlyList<float[]> questionVectorsNow, float[][] passageVectorsNow)
            {
                var (x1, x3) = (0, 0);
                for (var i = 0; i < questions.Count; i++)
                {
                    var evidence = (questions[i].Any ?? []).Select(EvalScorer.Normalize).ToList();
                    var order = Order(questionVectorsNow[i], passageVectorsNow);
                    x1 += evidence.Any(normalised[order[0]].Contains) ? 1 : 0;
                    x3 += order.Take(3).Any(o => evidence.Any(normalised[o].Contains)) ? 1 : 0;
                }

                return Rates(x1, x3, questions.Count);
            }

            await output.WriteLineAsync($"{Path.GetFileName(file)} meaning alone: identity {Score(vectors, passageVectors)}; fitted {Score([.. vectors.Select(v => Apply(fitted, v))], passageVectors)}").ConfigureAwait(false);
            foreach (var share in new[] { 0.25f, 0.5f, 1f, 2f })
            {
                var expanded = Expanded(passageVectors, questionVectors, targets, share);
                await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"  passages moved {share} towards their questions: {Score(vectors, expanded)}")).ConfigureAwait(false);
            }
        }

        return 0;
    }

    /// <summary>Each passage's vector moved towards the mean vector of the questions generated from it, made a unit vector again.</summary>
    private static float[][] Expanded(float[][] passages, float[][] questions, int[] targets, float share)
    {
        var result = passages.Select(p => (float[])p.Clone()).ToArray();
        foreach (var group in Enumerable.Range(0, targets.Length).GroupBy(i => targets[i]))
        {
            var mean = new float[Dimensions];
            foreach (var i in group)
            {
                TensorPrimitives.Add(mean, questions[i], mean);
            }

            TensorPrimitives.Divide(mean, TensorPrimitives.Norm(mean), mean);
            TensorPrimitives.MultiplyAdd(mean, share, result[group.Key], result[group.Key]);
            TensorPrimitives.Divide(result[group.Key], TensorPrimitives.Norm(result[group.Key]), result[group.Key]);
        }

        return result;
    }

    private static string Hits(List<int> items, float[][] questions, int[] targets, float[][] passages, float[] map)
    {
        var (a, b) = Count(items, questions, targets, passages, map);
        return Rates(a, b, items.Count);
    }

    private static string Rates(int hit1, int hit3, int count) =>
        string.Create(CultureInfo.InvariantCulture, $"hit@1 {hit1 / (double)count:F3}, hit@3 {hit3 / (double)count:F3}");

    private static (int Hit1, int Hit3) Count(List<int> items, float[][] questions, int[] targets, float[][] passages, float[] map)
    {
        var (a, b) = (0, 0);
        foreach (var i in items)
        {
            var order = Order(Apply(map, questions[i]), passages);
            a += order[0] == targets[i] ? 1 : 0;
            b += order.Take(3).Contains(targets[i]) ? 1 : 0;
        }

        return (a, b);
    }

    private static int[] Order(float[] vector, float[][] passages) =>
        [.. Enumerable.Range(0, passages.Length).OrderByDescending(p => TensorPrimitives.Dot(vector, passages[p]))];

    private static float[] Identity()
    {
        var map = new float[Dimensions * Dimensions];
        for (var i = 0; i < Dimensions; i++)
        {
            map[(i * Dimensions) + i] = 1;
        }

        return map;
    }

    /// <summary>The map applied to a vector, made a unit vector again.</summary>
    private static float[] Apply(float[] map, float[] vector)
    {
        var result = Multiply(map, vector);
        TensorPrimitives.Divide(result, NormOf(result), result);
        return result;
    }

    private static float[] Multiply(float[] map, float[] vector)
    {
        var result = new float[Dimensions];
        for (var r = 0; r < Dimensions; r++)
        {
            result[r] = TensorPrimitives.Dot(map.AsSpan(r * Dimensions, Dimensions), vector);
        }

        return result;
    }

    private static float NormOf(float[] vector) => Math.Max(TensorPrimitives.Norm(vector), 1e-12f);

    /// <summary>Full-batch gradient descent on the softmax loss of each question's own passage, with an L2 pull to the identity.</summary>
    private static float[] Fit(List<int> items, float[][] questions, int[] targets, float[][] passages, double lambda, int steps, double rate, double temperature)
    {
        var map = Identity();
        if (items.Count == 0)
        {
            return map;
        }

        var gradient = new float[map.Length];
        var scores = new double[passages.Length];
        var direction = new float[Dimensions];
        for (var step = 0; step < steps; step++)
        {
            Array.Clear(gradient);
            foreach (var i in items)
            {
                var q = questions[i];
                var u = Multiply(map, q);
                var norm = NormOf(u);
                TensorPrimitives.Divide(u, norm, u);
                var max = double.MinValue;
                for (var p = 0; p < passages.Length; p++)
                {
                    scores[p] = TensorPrimitives.Dot(u, passages[p]) / temperature;
                    max = Math.Max(max, scores[p]);
                }

                var sum = 0.0;
                for (var p = 0; p < passages.Length; p++)
                {
                    scores[p] = Math.Exp(scores[p] - max);
                    sum += scores[p];
                }

                // d loss / d unit vector = sum over passages of (softmax - target) / temperature times the passage.
                Array.Clear(direction);
                for (var p = 0; p < passages.Length; p++)
                {
                    var g = (float)(((scores[p] / sum) - (p == targets[i] ? 1 : 0)) / temperature);
                    if (Math.Abs(g) > 1e-6f)
                    {
                        TensorPrimitives.MultiplyAdd(passages[p], g, direction, direction);
                    }
                }

                // Through the normalisation: (g - (g . u) u) / |Wq|.
                var along = TensorPrimitives.Dot(direction, u);
                TensorPrimitives.MultiplyAdd(u, -along, direction, direction);
                TensorPrimitives.Divide(direction, norm, direction);
                for (var r = 0; r < Dimensions; r++)
                {
                    TensorPrimitives.MultiplyAdd(q, direction[r], gradient.AsSpan(r * Dimensions, Dimensions), gradient.AsSpan(r * Dimensions, Dimensions));
                }
            }

            // The step down the loss's gradient, and the pull towards the identity: lambda times (map - identity).
            var scale = (float)(rate / items.Count);
            var pull = (float)(rate * lambda);
            for (var k = 0; k < map.Length; k++)
            {
                map[k] -= (scale * gradient[k]) + (pull * (map[k] - (k % (Dimensions + 1) == 0 ? 1 : 0)));
            }
        }

        return map;
    }
}
