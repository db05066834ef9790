namespace KforBot.Search;

/// <summary>Builds a new index from a corpus folder and swaps it in atomically.</summary>
public interface IIndexBuilder
{
    /// <summary>
    /// Reads the corpus, writes a new index beside the current one and replaces it in one step.
    /// When anything fails (or is cancelled) the previous index stays in place, untouched.
    /// </summary>
    Task<ReindexReport> BuildAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken);
}
