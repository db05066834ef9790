using KforBot.Search.Analysis;

namespace KforBot.Search.Sqlite;

/// <summary>What a reader needs of one build, read once per build and shared by every reader of it.</summary>
internal sealed record IndexBuildMetadata(
    IndexSummary Summary,
    SynonymMap Synonyms,
    IReadOnlyDictionary<string, IndexedArticle> Articles);
