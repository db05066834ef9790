using KforBot.Corpus;

namespace KforBot.Search;

/// <summary>The outcome of a reindex: what was indexed, what was skipped and why.</summary>
public sealed record ReindexReport(
    bool Succeeded,
    string? Failure,
    int FilesRead,
    int ArticlesIndexed,
    int PassagesIndexed,
    IReadOnlyList<CorpusProblem> Problems,
    TimeSpan Elapsed,
    string IndexPath)
{
    /// <summary>How many articles each corpus file gave (files that gave none are absent).</summary>
    public IReadOnlyDictionary<string, int> ArticlesPerFile { get; init; } = new Dictionary<string, int>();

    /// <summary>Passages the model embedded; the others' vectors came from the cache (0 when no passage changed).</summary>
    public int PassagesEmbedded { get; init; }
}
