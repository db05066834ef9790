using System.Globalization;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>The scale benchmark's table: one row per figure, one column per corpus size, and the goal.</summary>
internal static class ScaleReport
{
    public static TextTable Table(IReadOnlyList<ScaleMeasurement> measurements)
    {
        var table = new TextTable(["measure", .. measurements.Select(m => m.Stories.ToString("N0", CultureInfo.InvariantCulture) + " stories"), "goal"]);
        Row(table, measurements, "articles indexed (seed + Reuters)", m => m.Articles.ToString("N0", CultureInfo.InvariantCulture), string.Empty);
        Row(table, measurements, "passages (each with a synthetic vector)", m => m.Passages.ToString("N0", CultureInfo.InvariantCulture), string.Empty);
        Row(table, measurements, "corpus size (MB)", m => F(m.CorpusBytes / 1e6, 1), string.Empty);
        Row(table, measurements, "reindex time, synthetic vectors (s)", m => F(m.Reindex.TotalSeconds, 2), string.Empty);
        Row(table, measurements, "reindex rate (MB/s)", m => F(m.ReindexMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "bare Lucene.Net IndexWriter + StandardAnalyzer (MB/s)", m => F(m.BareLuceneMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "reindex rate / bare Lucene rate", m => F(m.RateRatio, 2), ">= 0.70");
        Row(table, measurements, "bare Lucene CPU time / reindex CPU time", m => F(1 / m.CpuRatio, 2), string.Empty);
        Row(table, measurements, "index size: Lucene (MB; bare Lucene)", m => $"{F(m.LuceneBytes / 1e6, 1)} ({F(m.BareLuceneBytes / 1e6, 1)})", string.Empty);
        Row(table, measurements, "index size: passage vectors (MB)", m => F(m.VectorBytes / 1e6, 1), string.Empty);
        Row(table, measurements, "embedding cache (MB)", m => F(m.CacheBytes / 1e6, 1), string.Empty);
        Row(table, measurements, "answer p50 (ms, real question embedding)", m => F(m.Bot.P50Milliseconds, 1), string.Empty);
        Row(table, measurements, "answer p99 (ms, real question embedding)", m => F(m.Bot.P99Milliseconds, 1), "<= 100 at 100,000");
        Row(table, measurements, "questions/s through ask --json --batch", m => F(m.Bot.QuestionsPerSecond, 1), string.Empty);
        Row(table, measurements, "start to first answer (ms)", m => F(m.Bot.ReadyMilliseconds, 0), string.Empty);
        Row(table, measurements, "bot peak RSS (MB)", m => F(m.Bot.PeakRss / 1048576.0, 0), "<= 1536");
        return table;
    }

    private static void Row(TextTable table, IReadOnlyList<ScaleMeasurement> measurements, string name, Func<ScaleMeasurement, string> value, string goal) =>
        table.Add([name, .. measurements.Select(value), goal]);

    public static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
