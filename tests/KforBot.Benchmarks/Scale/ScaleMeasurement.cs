namespace KforBot.Benchmarks.Scale;

/// <summary>What the scale benchmark measured at one corpus size (times are medians over repeats).</summary>
internal sealed record ScaleMeasurement(
    string Label,
    int Articles,
    long CorpusBytes,
    TimeSpan Reindex,
    TimeSpan RawInsert,
    TimeSpan InsertOnly,
    TimeSpan PassageRowsInsert,
    long IndexBytes,
    long RawIndexBytes,
    long ReindexPeakRss,
    double AskP50Milliseconds,
    double AskP99Milliseconds,
    double ReadyMilliseconds,
    long BotPeakRss)
{
    public double ReindexMegabytesPerSecond => CorpusBytes / 1e6 / Reindex.TotalSeconds;

    public double RawMegabytesPerSecond => CorpusBytes / 1e6 / RawInsert.TotalSeconds;

    public double RateRatio => ReindexMegabytesPerSecond / RawMegabytesPerSecond;

    public double InsertOnlyMegabytesPerSecond => CorpusBytes / 1e6 / InsertOnly.TotalSeconds;

    public double InsertOnlyRatio => ReindexMegabytesPerSecond / InsertOnlyMegabytesPerSecond;

    public double PassageRowsMegabytesPerSecond => CorpusBytes / 1e6 / PassageRowsInsert.TotalSeconds;
}
