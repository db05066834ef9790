namespace KforBot.Search;

/// <summary>How far a reindex has come.</summary>
public sealed record ReindexProgress(int ArticlesDone, int ArticlesTotal, int PassagesDone);
