namespace KforBot.Search.Lucene;

/// <summary>The fields of a passage document: one document per passage. An article's title, outlet, date and link are kept once, in the generation's article list.</summary>
internal static class PassageFields
{
    /// <summary>The passage's place in the build (0, 1, 2 ... in build order); also the row of its vector.</summary>
    public const string Ordinal = "ordinal";
    public const string ArticleId = "article";
    public const string Position = "position";
    public const string Heading = "heading";

    /// <summary>The article's title, outlet and date (<see cref="Corpus.Article.Context"/>): searched, not stored.</summary>
    public const string Context = "context";

    /// <summary>The verbatim passage: what is searched and what is quoted.</summary>
    public const string Text = "text";
}
