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

    /// <summary>
    /// The summary of the newest build; when there is no usable index, null and why, in a few words that fit inside
    /// a sentence ("there is no index yet").
    /// </summary>
    Task<(IndexSummary? Summary, string? Unusable)> TryGetSummaryAsync(CancellationToken cancellationToken);
}
