namespace KforBot.Search;

/// <summary>The index of passages: words (Lucene) and meaning (passage vectors), one generation at a time.</summary>
public interface IPassageIndex
{
    /// <summary>Opens a reader on the newest published generation.</summary>
    /// <exception cref="IndexUnavailableException">There is no usable index yet.</exception>
    Task<IPassageIndexReader> OpenReaderAsync(CancellationToken cancellationToken);

    /// <summary>
    /// The summary of the generation questions are answered from (the newest that opens); when there is no usable
    /// index, null and why, in a few words that fit inside a sentence ("there is no index yet").
    /// </summary>
    Task<(IndexSummary? Summary, string? Unusable)> TryGetSummaryAsync(CancellationToken cancellationToken);
}
