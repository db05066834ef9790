using KforBot.Search.Ranking;

namespace KforBot.Search;

/// <summary>Ranks whole articles for a query, with the analysis and ranking the bot answers with.</summary>
public interface IArticleSearch
{
    /// <summary>The best articles for <paramref name="query"/>, best first, at most <paramref name="top"/>.</summary>
    /// <exception cref="IndexUnavailableException">There is no usable index.</exception>
    Task<IReadOnlyList<RankedArticle>> SearchAsync(string query, int top, CancellationToken cancellationToken);
}
