using KforBot.Corpus;

namespace KforBot.Tests.Corpus;

public sealed class MarkdownArticleParserTests
{
    private const string Valid = """
        ---
        id: "rutte-visit"
        title: "NATO chief's visit to Kosovo: a title with a colon"
        outlet: "KOSOVA ALFA PRESS"
        published: 2025-03-10
        url: "https://example.org/rutte"
        language: "en"
        ---

        First paragraph of the article.

        ## A heading

        Second paragraph.
        """;

    [Fact]
    public void Parse_ValidArticle_ReadsEveryField()
    {
        var article = MarkdownArticleParser.Parse(Valid, "a.md", "a", []);

        Assert.Equal("rutte-visit", article.Id);
        Assert.Equal("NATO chief's visit to Kosovo: a title with a colon", article.Title);
        Assert.Equal("KOSOVA ALFA PRESS", article.Outlet);
        Assert.Equal(new DateOnly(2025, 3, 10), article.Published);
        Assert.Equal(new Uri("https://example.org/rutte"), article.Url);
        Assert.StartsWith("First paragraph", article.Body, StringComparison.Ordinal);
        Assert.Contains("## A heading", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_NoId_UsesTheFileName()
    {
        var text = "---\ntitle: \"T\"\noutlet: \"O\"\n---\nBody text here.";

        Assert.Equal("file-name", MarkdownArticleParser.Parse(text, "file-name.md", "file-name", []).Id);
    }

    [Fact]
    public void Parse_NoPublishedDate_LeavesItEmpty()
    {
        var text = "---\ntitle: \"T\"\noutlet: \"O\"\n---\nBody text here.";

        Assert.Null(MarkdownArticleParser.Parse(text, "a.md", "a", []).Published);
    }

    [Theory]
    [InlineData("---\noutlet: \"O\"\n---\nBody.", "no title", 0)]
    [InlineData("---\ntitle: \"   \"\n---\nBody.", "no title", 2)]
    [InlineData("---\ntitle: \"T\"\n---\n\n   \n", "no body", 0)]
    [InlineData("No front matter at all.", "must start with a '---' line", 1)]
    [InlineData("---\ntitle: \"T\"\nBody without a closing line.", "never closed", 1)]
    [InlineData("---\ntitle: \"T\"\npublished: 10/03/2025\n---\nBody.", "ISO date", 3)]
    [InlineData("---\ntitle: \"T\"\nurl: \"ftp://x\"\n---\nBody.", "http or https", 3)]
    [InlineData("---\ntitle: \"T\"\nid: \"has space\"\n---\nBody.", "may only use letters", 3)]
    [InlineData("---\ntitle: [a, b]\n---\nBody.", "single value", 2)]
    [InlineData("---\ntitle: \"T\"\ntitle: \"again\"\n---\nBody.", "given twice", 3)]
    public void Parse_BrokenArticle_ThrowsWithReasonAndLine(string text, string reason, int line)
    {
        var error = Assert.Throws<ArticleParseException>(() => MarkdownArticleParser.Parse(text, "a.md", "a", []));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
        Assert.Equal(line == 0 ? null : line, error.Line);
    }

    [Fact]
    public void Parse_InvalidYaml_ReportsTheLineOfTheFault()
    {
        var text = "---\ntitle: \"T\"\noutlet: \"unclosed\n---\nBody.";

        var error = Assert.Throws<ArticleParseException>(() => MarkdownArticleParser.Parse(text, "a.md", "a", []));

        Assert.Contains("not valid YAML", error.Message, StringComparison.Ordinal);
        Assert.NotNull(error.Line);
        Assert.InRange(error.Line!.Value, 2, 5);
    }

    [Fact]
    public void Parse_UnknownField_WarnsButKeepsTheArticle()
    {
        var warnings = new List<CorpusProblem>();
        var text = "---\ntitle: \"T\"\nauthor: \"Someone\"\n---\nBody.";

        var article = MarkdownArticleParser.Parse(text, "a.md", "a", warnings);

        Assert.Equal("T", article.Title);
        var warning = Assert.Single(warnings);
        Assert.False(warning.Skipped);
        Assert.Equal(3, warning.Line);
        Assert.Contains("author", warning.Message, StringComparison.Ordinal);
    }
}
