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

    /// <summary>
    /// The passages of the articles that contain any alternative of any group: at most <paramref name="articleLimit"/>
    /// articles, best first by the engine's own score, each with all its passages in order (those without a
    /// match too: our ranking gives them nothing).
    /// </summary>
    Task<IReadOnlyList<PassageCandidate>> FindCandidatesAsync(
        IReadOnlyList<QueryTermGroup> groups, int articleLimit, CancellationToken cancellationToken);

    /// <summary>How many passages contain the sequence (an upper bound for several words).</summary>
    Task<int> CountPassagesContainingAsync(TermSequence sequence, CancellationToken cancellationToken);
}
