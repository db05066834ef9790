using System.Globalization;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>The scale benchmark's table: one row per figure, one column per corpus size, and the goal.</summary>
internal static class ScaleReport
{
    public static TextTable Table(IReadOnlyList<ScaleMeasurement> measurements)
    {
        var table = new TextTable([
            "measure",
            .. measurements.Select(m => m.Label == "seed" ? "seed" : int.Parse(m.Label, CultureInfo.InvariantCulture).ToString("N0", CultureInfo.InvariantCulture) + " stories"),
            "goal",
        ]);
        Row(table, measurements, "articles indexed", m => m.Articles.ToString("N0", CultureInfo.InvariantCulture), string.Empty);
        Row(table, measurements, "corpus size (MB)", m => F(m.CorpusBytes / 1e6, 1), string.Empty);
        Row(table, measurements, "reindex time (s)", m => F(m.Reindex.TotalSeconds, 2), string.Empty);
        Row(table, measurements, "reindex rate (MB/s)", m => F(m.ReindexMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "raw FTS5 insert rate (MB/s)", m => F(m.RawMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "reindex rate / raw FTS5 rate", m => F(m.RateRatio, 2), ">= 0.70");
        Row(table, measurements, "FTS5 insert alone, text read beforehand (MB/s)", m => F(m.InsertOnlyMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "reindex rate / that rate", m => F(m.InsertOnlyRatio, 2), string.Empty);
        Row(table, measurements, "FTS5 insert of one row per passage (MB/s)", m => F(m.PassageRowsMegabytesPerSecond, 2), string.Empty);
        Row(table, measurements, "index size (MB; raw FTS5 table)", m => $"{F(m.IndexBytes / 1e6, 1)} ({F(m.RawIndexBytes / 1e6, 1)})", string.Empty);
        Row(table, measurements, "reindex peak RSS (MB)", m => F(m.ReindexPeakRss / 1048576.0, 0), "<= 400 at 100,000");
        Row(table, measurements, "ask p50 (ms)", m => F(m.AskP50Milliseconds, 2), string.Empty);
        Row(table, measurements, "ask p99 (ms)", m => F(m.AskP99Milliseconds, 2), "<= 5 seed, <= 20 at 100,000");
        Row(table, measurements, "start to first answer (ms)", m => F(m.ReadyMilliseconds, 0), "<= 1000");
        Row(table, measurements, "bot peak RSS (MB)", m => F(m.BotPeakRss / 1048576.0, 0), "<= 400 at 100,000");
        return table;
    }

    private static void Row(TextTable table, IReadOnlyList<ScaleMeasurement> measurements, string name, Func<ScaleMeasurement, string> value, string goal) =>
        table.Add([name, .. measurements.Select(value), goal]);

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
