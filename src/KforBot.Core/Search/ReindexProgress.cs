namespace KforBot.Search;

/// <summary>How far a reindex has come.</summary>
public sealed record ReindexProgress(int ArticlesDone, int ArticlesTotal, int PassagesDone)
{
    /// <summary>Passages the model has embedded so far (the others' vectors came from the cache).</summary>
    public int PassagesEmbedded { get; init; }

    /// <summary>Whether <see cref="ArticlesTotal"/> is still estimated from the size of bundles not read yet.</summary>
    public bool ArticlesTotalIsEstimate { get; init; }
}
