using System.Diagnostics;
using System.Globalization;
using KforBot.Benchmarks.Support;
using KforBot.Search.Embeddings;
using KforBot.Search.Generations;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Speed and memory as the corpus grows: the seed articles plus Reuters-21578 stories (repeated with new ids) at
/// each size of <c>--stories</c> (default <c>20000,100000</c>). Every passage gets a synthetic vector
/// (<see cref="SyntheticPassageEncoder"/>): embedding 500,000 passages with the model would take hours here, so the
/// model's own rate is measured on a sample (<c>--sample</c>, default 320 passages). Each size is reindexed in
/// process from nothing, and indexed by a bare Lucene.Net IndexWriter with StandardAnalyzer, <c>--runs</c> times
/// (default 3); then a bot process with the same vectors, and the real model for questions, answers the fixed
/// questions <c>--runs</c> times. Other arguments: <c>--data DIR</c> (holding reuters21578.jsonl), <c>--seed DIR</c>,
/// <c>--work DIR</c>, and <c>--questions N</c> to time only the first N questions (the smoke test).
/// </summary>
internal sealed class ScaleBenchmark : IBenchmark
{
    public string Name => "scale";

    public string Description => "reindex rate vs bare Lucene.Net, model embedding rate, index size, answer p50/p99 and bot RSS at 20,000 and 100,000 stories";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var sizes = arguments.Text("--stories", "20000,100000").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(size => int.Parse(size, CultureInfo.InvariantCulture)).ToList();
        var runs = Math.Max(1, arguments.Number("--runs", 3));
        var sample = Math.Max(1, arguments.Number("--sample", 320));
        var questions = Math.Clamp(arguments.Number("--questions", NewsQuestions.Timed.Count), 1, NewsQuestions.Timed.Count);
        var seed = Path.GetFullPath(arguments.Text("--seed", RepositoryLayout.SeedCorpus));
        var reuters = Path.Combine(arguments.DataDirectory, "reuters21578.jsonl");
        if (!File.Exists(reuters))
        {
            await output.WriteLineAsync($"Reuters-21578 is not at {reuters}; give --data DIR (the folder holding reuters21578.jsonl).").ConfigureAwait(false);
            return 2;
        }

        await output.WriteLineAsync($"Machine: {MachineDescription.Describe()}").ConfigureAwait(false);
        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var started = Stopwatch.GetTimestamp();
        var measurements = new List<ScaleMeasurement>();
        foreach (var stories in sizes)
        {
            var corpus = PrepareCorpus(scratch, seed, reuters, stories);
            var measurement = await MeasureAsync(stories, corpus, scratch, runs, questions, output, cancellationToken).ConfigureAwait(false);
            if (measurement is null)
            {
                return 1;
            }

            measurements.Add(measurement);
        }

        var embedding = EmbeddingThroughput.Measure(PrepareCorpus(scratch, seed, reuters, sizes[0]), sample, cancellationToken);

        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(ScaleReport.Table(measurements).ToString()).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"Model ({new ArcticEncoder().ModelId}, one thread, batches as at reindex, no cache): {embedding.PassagesPerSecond:F1} passages/s on {embedding.Passages} passages of {embedding.AverageWords:F0} words on average; the {measurements[^1].Passages:N0} passages above would take {measurements[^1].Passages / embedding.PassagesPerSecond / 3600:F1} h.")).ConfigureAwait(false);
        await output.WriteLineAsync($"Synthetic vectors: a unit vector from a hash of each passage's text, so the index has a vector for every passage; answers embed each question with the real model. Medians over {runs} runs; latency is one question's round trip through `ask --json --batch` ({questions} questions after {NewsQuestions.WarmUp.Count} untimed). Whole run: {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s.").ConfigureAwait(false);
        return 0;
    }

    /// <summary>A corpus folder with the seed articles and a bundle of <paramref name="stories"/> Reuters stories.</summary>
    private static string PrepareCorpus(ScratchFolder scratch, string seed, string reuters, int stories)
    {
        var folder = scratch.Combine($"corpus-{stories}");
        if (Directory.Exists(folder))
        {
            return folder;
        }

        Directory.CreateDirectory(folder);
        foreach (var file in Directory.EnumerateFiles(seed).Where(KforBot.Corpus.CorpusFingerprint.IsCorpusFile))
        {
            File.Copy(file, Path.Combine(folder, Path.GetFileName(file)), overwrite: true);
        }

        ReutersBundleWriter.Write(reuters, Path.Combine(folder, "reuters.jsonl"), stories);
        return folder;
    }

    private static async Task<ScaleMeasurement?> MeasureAsync(
        int stories, string corpus, ScratchFolder scratch, int runs, int questions, TextWriter output, CancellationToken cancellationToken)
    {
        var index = scratch.Combine($"index-{stories}");
        var bare = scratch.Combine($"bare-lucene-{stories}");
        var (reindexTimes, bareTimes) = (new List<double>(), new List<double>());
        var (reindexCpu, bareCpu) = (new List<double>(), new List<double>());
        var (articles, passages) = (0, 0);
        for (var i = 0; i < runs; i++)
        {
            var cpu = CpuSeconds();
            bareTimes.Add(BareLuceneIndex.Build(corpus, bare).TotalSeconds);
            bareCpu.Add(CpuSeconds() - cpu);
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            cpu = CpuSeconds();
            var (elapsed, report) = await InProcessIndexer.RunAsync(corpus, index, syntheticVectors: true, cancellationToken).ConfigureAwait(false);
            reindexCpu.Add(CpuSeconds() - cpu);
            if (!report.Succeeded)
            {
                await output.WriteLineAsync($"{stories} stories: reindex failed: {report.Failure}").ConfigureAwait(false);
                return null;
            }

            (articles, passages) = (report.ArticlesIndexed, report.PassagesIndexed);
            reindexTimes.Add(elapsed.TotalSeconds);
        }

        var location = new[] { "--corpus", corpus, "--index", index };
        var sessions = new List<BotSession>();
        for (var i = 0; i < runs; i++)
        {
            sessions.Add(await BotSession.RunAsync(() => BotProcess.StartWithSyntheticVectors(location), questions, cancellationToken).ConfigureAwait(false));
        }

        var generation = new IndexFolder(index).CurrentGeneration()!;
        var measurement = new ScaleMeasurement(
            stories,
            articles,
            passages,
            CorpusSize.Bytes(corpus),
            TimeSpan.FromSeconds(Statistics.Median(reindexTimes)),
            TimeSpan.FromSeconds(Statistics.Median(bareTimes)),
            Statistics.Median(reindexCpu) / Statistics.Median(bareCpu),
            FolderSize.Bytes(Path.Combine(generation, KforBot.Search.Lucene.LucenePassageWriter.FolderName)),
            new FileInfo(Path.Combine(generation, PassageVectors.FileName)).Length,
            Directory.EnumerateFiles(index, "embedding-cache.db*").Sum(file => new FileInfo(file).Length),
            FolderSize.Bytes(bare),
            new BotSession(
                Statistics.Median(sessions.Select(s => s.ReadyMilliseconds)),
                Statistics.Median(sessions.Select(s => s.P50Milliseconds)),
                Statistics.Median(sessions.Select(s => s.P99Milliseconds)),
                Statistics.Median(sessions.Select(s => s.QuestionsPerSecond)),
                sessions.Max(s => s.PeakRss)));
        Directory.Delete(bare, recursive: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{stories:N0} stories: {articles:N0} articles, {passages:N0} passages; reindex {string.Join(", ", reindexTimes.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s, bare Lucene {string.Join(", ", bareTimes.Select(t => t.ToString("F2", CultureInfo.InvariantCulture)))} s; answer p99 {string.Join(", ", sessions.Select(s => s.P99Milliseconds.ToString("F1", CultureInfo.InvariantCulture)))} ms")).ConfigureAwait(false);
        return measurement;
    }

    /// <summary>The benchmark process's CPU time so far: on a shared machine, steadier than the wall clock.</summary>
    private static double CpuSeconds()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime.TotalSeconds;
    }
}
