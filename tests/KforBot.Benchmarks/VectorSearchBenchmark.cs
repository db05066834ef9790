using System.Diagnostics;
using System.Globalization;
using KforBot.Benchmarks.Support;
using KforBot.Search;
using KforBot.Search.Embeddings;

namespace KforBot.Benchmarks;

/// <summary>
/// The search over passage vectors alone, on synthetic unit vectors (random, labelled so), at the number of passages
/// of 100,000 news stories by default: the exact float scan against the byte scan with exact rescoring that the bot
/// runs, on one thread and on one per core, in the same run, with how much of the exact top 100 each finds.
/// </summary>
internal sealed class VectorSearchBenchmark : IBenchmark
{
    public string Name => "vector-search";

    public string Description => "vector search: exact scan vs byte scan + exact rescoring, on synthetic vectors (--passages N --queries N)";

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
        var exact = questions.Select(q => vectors.NearestExactly(q, 100)).ToList();
        var ways = new (string Name, Func<float[], List<PassageHit>> Search)[]
        {
            ("exact float scan, 1 thread", q => vectors.NearestExactly(q, 100)),
            ("byte scan + exact rescoring, 1 thread", q => vectors.Nearest(q, 100, threads: 1)),
            ($"byte scan + exact rescoring, {Environment.ProcessorCount} threads", q => vectors.Nearest(q, 100)),
        };
        foreach (var (name, search) in ways)
        {
            cancellationToken.ThrowIfCancellationRequested();
            search(questions[0]);
            var times = new List<double>();
            var same = 0;
            for (var i = 0; i < questions.Count; i++)
            {
                var started = Stopwatch.GetTimestamp();
                var found = search(questions[i]);
                times.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                same += found.Select(h => h.Ordinal).Intersect(exact[i].Select(h => h.Ordinal)).Count();
            }

            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"  {name,-42} median {Statistics.Median(times),6:F1} ms, slowest {times.Max(),6:F1} ms, top 100 as the exact scan's: {same / (100.0 * questions.Count):P1}")).ConfigureAwait(false);
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
