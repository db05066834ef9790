namespace KforBot.Corpus;

/// <summary>About a paragraph of an article: the unit the bot quotes.</summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Position">0-based order of the passage within its article.</param>
/// <param name="Heading">The section heading it stands under, if any (searchable, never quoted).</param>
/// <param name="Text">The article's own words, verbatim.</param>
/// <param name="WordCount">Words in <paramref name="Text"/>.</param>
public sealed record Passage(string ArticleId, int Position, string? Heading, string Text, int WordCount);
