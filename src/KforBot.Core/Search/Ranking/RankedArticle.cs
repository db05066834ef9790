namespace KforBot.Search.Ranking;

/// <summary>An article in a ranked search result.</summary>
/// <param name="ArticleId">The article's id.</param>
/// <param name="Score">Its relevance (higher is better), from its passages' scores.</param>
public sealed record RankedArticle(string ArticleId, double Score);
