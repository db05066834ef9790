namespace KforBot.Search;

/// <summary>A passage the index found for a query, before our own ranking.</summary>
/// <param name="PassageId">The passage's id in this index build.</param>
/// <param name="ArticleId">The article it belongs to.</param>
/// <param name="Position">0-based position within the article.</param>
/// <param name="Heading">The section heading above it, if any.</param>
/// <param name="Text">The verbatim passage.</param>
/// <param name="WordCount">Its length in words.</param>
/// <param name="EngineScore">The engine's own relevance (BM25, higher is better).</param>
public sealed record PassageCandidate(
    long PassageId, string ArticleId, int Position, string? Heading, string Text, int WordCount, double EngineScore);
