using System.Diagnostics;
using System.Globalization;
using KforBot.Benchmarks.Support;
using KforBot.Corpus;
using KforBot.Search.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Where a reindex's time goes, one stage at a time on one thread: reading and parsing the corpus, cutting
/// passages, counting the passages' stems. A reindex runs the first three on one thread while SQLite inserts on
/// another, so their sum against the raw FTS5 insert says which side a build waits for. Arguments:
/// <c>--corpus DIR</c> (default: the seed corpus), <c>--repeats N</c> (default 5).
/// </summary>
internal sealed class IndexStagesBenchmark : IBenchmark
{
    public string Name => "index-stages";

    public string Description => "single-thread MB/s of a reindex's stages (read and parse, cut passages, count stems) on one corpus";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var corpusDirectory = Path.GetFullPath(arguments.Text("--corpus", RepositoryLayout.SeedCorpus));
        var repeats = Math.Max(1, arguments.Number("--repeats", 5));
        if (!Directory.Exists(corpusDirectory))
        {
            await output.WriteLineAsync($"There is no corpus folder at {corpusDirectory}; give --corpus DIR.").ConfigureAwait(false);
            return 2;
        }

        var loader = new CorpusLoader(NullLogger<CorpusLoader>.Instance);
        var megabytes = CorpusSize.Bytes(corpusDirectory) / 1e6;

        var read = new List<double>();
        var split = new List<double>();
        var count = new List<double>();
        for (var i = 0; i <= repeats; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var articles = loader.Open(corpusDirectory).ReadArticles(cancellationToken).ToList();
            var readTime = Stopwatch.GetElapsedTime(started).TotalSeconds;

            started = Stopwatch.GetTimestamp();
            var passages = articles.SelectMany(PassageSplitter.Split).ToList();
            var splitTime = Stopwatch.GetElapsedTime(started).TotalSeconds;

            started = Stopwatch.GetTimestamp();
            var counter = new PassageTermCounter();
            passages.ForEach(counter.Add);
            var countTime = Stopwatch.GetElapsedTime(started).TotalSeconds;

            // The first round warms the code up and is not counted.
            if (i > 0)
            {
                read.Add(readTime);
                split.Add(splitTime);
                count.Add(countTime);
            }
        }

        await output.WriteLineAsync($"Machine: {MachineDescription.Describe()}").ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{corpusDirectory}: {megabytes:F1} MB; medians of {repeats}")).ConfigureAwait(false);
        var table = new TextTable("stage (one thread)", "seconds", "MB/s");
        foreach (var (stage, times) in new[] { ("read and parse", read), ("cut passages", split), ("count stems", count) })
        {
            var median = Statistics.Median(times);
            table.Add(stage, median.ToString("F2", CultureInfo.InvariantCulture), (megabytes / median).ToString("F1", CultureInfo.InvariantCulture));
        }

        await output.WriteAsync(table.ToString()).ConfigureAwait(false);
        return 0;
    }
}
