using System.Diagnostics;
using System.Globalization;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Speed and memory as the corpus grows: the seed corpus, then the seed plus Reuters-21578 stories (repeated with
/// new ids) at each size of <c>--sizes</c> (default <c>seed,20000,100000</c>). Each size is reindexed in process
/// (and as a raw FTS5 insert of the same text, the floor, and as FTS5's insert alone of text read beforehand)
/// <c>--repeats</c> times (default 3), reindexed once more as
/// a child process for its peak memory, then asked 200 questions by a bot process started <c>--repeats</c> times.
/// Other arguments: <c>--data DIR</c> (holding reuters21578.jsonl), <c>--seed DIR</c>, <c>--work DIR</c>, and
/// <c>--questions N</c> to time only the first N questions (the smoke test).
/// </summary>
internal sealed class ScaleBenchmark : IBenchmark
{
    public string Name => "scale";

    public string Description => "reindex rate vs raw FTS5, index size, ask p50/p99, ready time and peak RSS as the corpus grows";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var sizes = arguments.Text("--sizes", "seed,20000,100000").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var repeats = Math.Max(1, arguments.Number("--repeats", 3));
        var questions = Math.Clamp(arguments.Number("--questions", NewsQuestions.Timed.Count), 1, NewsQuestions.Timed.Count);
        var seed = Path.GetFullPath(arguments.Text("--seed", RepositoryLayout.SeedCorpus));
        var reuters = Path.Combine(arguments.DataDirectory, "reuters21578.jsonl");
        if (sizes.Any(size => size != "seed") && !File.Exists(reuters))
        {
            await output.WriteLineAsync($"Reuters-21578 is not at {reuters}; give --data DIR (the folder holding reuters21578.jsonl).").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync($"Machine: {MachineDescription.Describe()}").ConfigureAwait(false);
        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var measurements = new List<ScaleMeasurement>();
        var started = Stopwatch.GetTimestamp();
        foreach (var size in sizes)
        {
            var corpus = size == "seed" ? seed : PrepareCorpus(scratch, seed, reuters, int.Parse(size, CultureInfo.InvariantCulture));
            var measurement = await MeasureAsync(size, corpus, scratch, repeats, questions, output, cancellationToken).ConfigureAwait(false);
            if (measurement is null)
            {
                return 1;
            }

            measurements.Add(measurement);
        }

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(ScaleReport.Table(measurements).ToString()).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Medians over {repeats} repeats; ask latency is one question's round trip through `ask --json --batch` ({questions} questions after {NewsQuestions.WarmUp.Count} untimed), ready is process start to the first answer. Whole run: {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s.").ConfigureAwait(false);
        await output.WriteLineAsync("Telegram loop (updates/s and p99 against the local test server): run the `telegram` benchmark.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>A corpus folder with the seed articles and a bundle of <paramref name="stories"/> Reuters stories.</summary>
    private static string PrepareCorpus(ScratchFolder scratch, string seed, string reuters, int stories)
    {
        var folder = scratch.Combine($"corpus-{stories}");
        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(seed).Where(KforBot.Corpus.CorpusFingerprint.IsCorpusFile))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        ReutersBundleWriter.Write(reuters, Path.Combine(folder, "reuters.jsonl"), stories);
        return folder;
    }

    private static async Task<ScaleMeasurement?> MeasureAsync(
        string label, string corpus, ScratchFolder scratch, int repeats, int questions, TextWriter output, CancellationToken cancellationToken)
    {
        var index = scratch.Combine($"index-{label}.db");
        var raw = scratch.Combine($"raw-{label}.db");
        var insertOnly = scratch.Combine($"raw-insert-only-{label}.db");
        var rawPassages = scratch.Combine($"raw-passages-{label}.db");
        var reindexTimes = new List<double>();
        var rawTimes = new List<double>();
        var insertOnlyTimes = new List<double>();
        var passageRowTimes = new List<double>();
        var articles = 0;
        for (var i = 0; i < repeats; i++)
        {
            var (elapsed, report) = await InProcessIndexer.RunAsync(corpus, index, cancellationToken).ConfigureAwait(false);
            if (!report.Succeeded)
            {
                await output.WriteLineAsync($"{label}: reindex failed: {report.Failure}").ConfigureAwait(false);
                return null;
            }

            articles = report.ArticlesIndexed;
            reindexTimes.Add(elapsed.TotalSeconds);
            rawTimes.Add(RawFtsInsert.Run(corpus, raw).TotalSeconds);
            insertOnlyTimes.Add(RawFtsInsert.RunInsertOnly(corpus, insertOnly).TotalSeconds);
            passageRowTimes.Add(RawFtsInsert.RunPassages(corpus, rawPassages).TotalSeconds);
        }

        var location = new[] { "--corpus", corpus, "--index", index };
        var child = await BotProcess.RunAsync(["reindex", .. location], string.Empty, cancellationToken).ConfigureAwait(false);
        if (child.ExitCode != 0)
        {
            await output.WriteLineAsync($"{label}: reindex process failed: {child.Errors}").ConfigureAwait(false);
            return null;
        }

        var sessions = new List<BotSession>();
        for (var i = 0; i < repeats; i++)
        {
            sessions.Add(await BotSession.RunAsync(location, questions, cancellationToken).ConfigureAwait(false));
        }

        var rawBytes = new FileInfo(raw).Length;
        var corpusBytes = CorpusSize.Bytes(corpus);
        var measurement = new ScaleMeasurement(
            label,
            articles,
            corpusBytes,
            TimeSpan.FromSeconds(Statistics.Median(reindexTimes)),
            TimeSpan.FromSeconds(Statistics.Median(rawTimes)),
            TimeSpan.FromSeconds(Statistics.Median(insertOnlyTimes)),
            TimeSpan.FromSeconds(Statistics.Median(passageRowTimes)),
            new FileInfo(index).Length,
            rawBytes,
            child.PeakResidentBytes,
            Statistics.Median(sessions.Select(s => s.P50Milliseconds)),
            Statistics.Median(sessions.Select(s => s.P99Milliseconds)),
            Statistics.Median(sessions.Select(s => s.ReadyMilliseconds)),
            sessions.Max(s => s.PeakRss));
        File.Delete(raw);
        File.Delete(insertOnly);
        File.Delete(rawPassages);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{label}: {articles:N0} articles, reindex {measurement.Reindex.TotalSeconds:F2} s, raw {measurement.RawInsert.TotalSeconds:F2} s, ask p99 {measurement.AskP99Milliseconds:F2} ms")).ConfigureAwait(false);
        return measurement;
    }
}
