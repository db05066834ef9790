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

    /// <summary>False when the build stopped before reading any article (an index path it cannot use, a broken synonyms.txt).</summary>
    public bool CorpusRead { get; init; } = true;

    /// <summary>Passages the model embedded; the others' vectors came from the cache (0 when no passage changed).</summary>
    public int PassagesEmbedded { get; init; }
}
