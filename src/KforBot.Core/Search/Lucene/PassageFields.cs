namespace KforBot.Search.Lucene;

/// <summary>The fields of a passage document: one document per passage.</summary>
internal static class PassageFields
{
    /// <summary>The passage's place in the build (0, 1, 2 ... in build order); also the row of its vector.</summary>
    public const string Ordinal = "ordinal";
    public const string ArticleId = "article";
    public const string Position = "position";
    public const string Title = "title";
    public const string Outlet = "outlet";
    public const string Published = "published";
    public const string Url = "url";
    public const string Heading = "heading";

    /// <summary>The verbatim passage: what is searched and what is quoted.</summary>
    public const string Text = "text";

    /// <summary>The passage's words as written (lower case, folded, not stemmed): the vocabulary for spelling corrections.</summary>
    public const string Spelling = "spelling";
}
