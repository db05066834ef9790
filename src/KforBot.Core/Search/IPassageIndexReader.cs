using KforBot.Search.Analysis;

namespace KforBot.Search;

/// <summary>Read access to one build of the index.</summary>
public interface IPassageIndexReader : IAsyncDisposable
{
    IndexSummary Summary { get; }

    /// <summary>The synonym list the build was made with.</summary>
    SynonymMap Synonyms { get; }

    /// <summary>Every indexed article by id.</summary>
    IReadOnlyDictionary<string, IndexedArticle> Articles { get; }

    /// <summary>Passages that contain any alternative of any group, best first by the engine's own score.</summary>
    Task<IReadOnlyList<PassageCandidate>> FindCandidatesAsync(
        IReadOnlyList<QueryTermGroup> groups, int limit, CancellationToken cancellationToken);

    /// <summary>How many passages contain the sequence (an upper bound for several words).</summary>
    Task<int> CountPassagesContainingAsync(TermSequence sequence, CancellationToken cancellationToken);
}
