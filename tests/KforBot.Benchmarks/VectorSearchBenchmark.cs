using System.Diagnostics;
using System.Globalization;
using KforBot.Benchmarks.Support;
using KforBot.Search.Embeddings;

namespace KforBot.Benchmarks;

/// <summary>
/// The exact search over passage vectors alone, on synthetic unit vectors (random, labelled so): one thread against
/// one per core, in the same run, at the number of passages of 100,000 news stories by default.
/// </summary>
internal sealed class VectorSearchBenchmark : IBenchmark
{
    public string Name => "vector-search";

    public string Description => "exact vector search, one thread vs one per core, on synthetic vectors (--passages N --queries N)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var passages = arguments.Number("--passages", 526_416);
        var queries = arguments.Number("--queries", 30);
        const int Dimensions = 384;
        var random = new Random(42);
        var values = new float[(long)passages * Dimensions];
        for (var i = 0; i < passages; i++)
        {
            Normalise(values.AsSpan(i * Dimensions, Dimensions), random);
        }

        var vectors = PassageVectors.Of(values, Dimensions);
        var questions = Enumerable.Range(0, queries).Select(_ =>
        {
            var query = new float[Dimensions];
            Normalise(query, random);
            return query;
        }).ToList();

        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{passages:N0} synthetic unit vectors of {Dimensions} dimensions ({values.Length * 4L / 1_000_000:N0} MB), {queries} queries, top 100, {Environment.ProcessorCount} cores")).ConfigureAwait(false);
        foreach (var threads in new[] { 1, Environment.ProcessorCount })
        {
            cancellationToken.ThrowIfCancellationRequested();
            vectors.Nearest(questions[0], 100, threads);
            var times = new List<double>();
            foreach (var question in questions)
            {
                var started = Stopwatch.GetTimestamp();
                vectors.Nearest(question, 100, threads);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {threads} thread(s): median {Statistics.Median(times):F1} ms, slowest {times.Max():F1} ms")).ConfigureAwait(false);
        }

        return 0;
    }

    private static void Normalise(Span<float> vector, Random random)
    {
        var sum = 0.0;
        for (var j = 0; j < vector.Length; j++)
        {
            vector[j] = (float)((random.NextDouble() * 2) - 1);
            sum += vector[j] * vector[j];
        }

        var norm = (float)Math.Sqrt(sum);
        for (var j = 0; j < vector.Length; j++)
        {
            vector[j] /= norm;
        }
    }
}
