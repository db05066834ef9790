namespace KforBot.Benchmarks.Scale;

/// <summary>What the scale benchmark measured at one corpus size (times are medians over the runs).</summary>
internal sealed record ScaleMeasurement(
    int Stories,
    int Articles,
    int Passages,
    long CorpusBytes,
    TimeSpan Reindex,
    TimeSpan BareLucene,
    double CpuRatio,
    long LuceneBytes,
    long VectorBytes,
    long CacheBytes,
    long BareLuceneBytes,
    BotSession Bot)
{
    public double ReindexMegabytesPerSecond => CorpusBytes / 1e6 / Reindex.TotalSeconds;

    public double BareLuceneMegabytesPerSecond => CorpusBytes / 1e6 / BareLucene.TotalSeconds;

    public double RateRatio => ReindexMegabytesPerSecond / BareLuceneMegabytesPerSecond;
}
