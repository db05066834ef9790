namespace KforBot.Search;

/// <summary>
/// The full-text index of passages. Each reader sees one build of the index from start to end,
/// even when a reindex swaps in a new build meanwhile.
/// </summary>
public interface IPassageIndex
{
    /// <summary>Opens a reader on the newest build.</summary>
    /// <exception cref="IndexUnavailableException">There is no usable index yet.</exception>
    Task<IPassageIndexReader> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>The summary of the newest build, or null when there is no usable index.</summary>
    Task<IndexSummary?> TryGetSummaryAsync(CancellationToken cancellationToken);
}
