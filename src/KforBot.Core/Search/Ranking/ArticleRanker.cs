namespace KforBot.Search.Ranking;

/// <summary>
/// Ranks articles from their ranked passages: an article scores as its best passage (the passage a person
/// would be shown), plus a small share of its next best, so an article that answers in two places edges out
/// one that answers in one, but never outranks a clearly better passage elsewhere.
/// </summary>
public static class ArticleRanker
{
    /// <summary>The share of an article's second-best passage score added to its best.</summary>
    public const double SecondPassageShare = 0.1;

    public static List<RankedArticle> Rank(IReadOnlyList<RankedPassage> passages, int top)
    {
        var best = new Dictionary<string, (double First, double Second)>(StringComparer.Ordinal);
        foreach (var passage in passages)
        {
            var id = passage.Candidate.ArticleId;
            var (first, second) = best.GetValueOrDefault(id);
            best[id] = passage.Score > first ? (passage.Score, first) : (first, Math.Max(second, passage.Score));
        }

        return best
            .Select(pair => new RankedArticle(pair.Key, pair.Value.First + (SecondPassageShare * pair.Value.Second)))
            .Where(article => article.Score > 0)
            .OrderByDescending(article => article.Score)
            .ThenBy(article => article.ArticleId, StringComparer.Ordinal)
            .Take(Math.Max(0, top))
            .ToList();
    }
}
