using KforBot.Search.Analysis;

namespace KforBot.Search.Sqlite;

/// <summary>What a reader needs of one build, read once per build and shared by every reader of it.</summary>
internal sealed record IndexBuildMetadata(
    IndexSummary Summary,
    SynonymMap Synonyms,
    IReadOnlyDictionary<string, IndexedArticle> Articles)
{
    /// <summary>The same articles when they are read on demand, to be closed with the build.</summary>
    public ArticleCatalog? Catalog => Articles as ArticleCatalog;
}
