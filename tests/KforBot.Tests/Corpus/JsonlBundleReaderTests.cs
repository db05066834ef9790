using System.Security.Cryptography;
using System.Text;
using KforBot.Corpus;

namespace KforBot.Tests.Corpus;

public sealed class JsonlBundleReaderTests
{
    [Fact]
    public void Read_AllFields_BecomeTheArticle()
    {
        var (articles, problems) = Read(
            """{"id": "r-1", "title": "  Cocoa   review ", "text": "Showers continued.", "outlet": "Reuters", "published": "1987-02-26", "url": "https://example.org/1", "language": "en"}""");

        Assert.Empty(problems);
        var article = Assert.Single(articles);
        Assert.Equal(("r-1", "Cocoa review", "Reuters", new DateOnly(1987, 2, 26), "https://example.org/1"), (article.Id, article.Title, article.Outlet, article.Published!.Value, article.Url!.ToString()));
        Assert.Equal("Showers continued.", article.Body);
    }

    [Fact]
    public void Read_BadLines_AreReportedWithFileAndLineAndSkipped()
    {
        var (articles, problems) = Read(
            """{"id": "1", "title": "One", "text": "x"}""",
            """["not", "an", "object"]""",
            """{"id": "3", "title": "Three", "text": "x", "outlet": 5.5}""",
            """{"id": "4", "title": ["list"], "text": "x"}""",
            """{"id": "5", "title": "Five"}""",
            """{"id": "6", "title": "Six", "text": "x", "url": "ftp://example.org"}""",
            """{"id": "7", "title": "Seven", "text": "x"}""");

        Assert.Equal(["1", "3", "7"], articles.Select(a => a.Id));
        Assert.Equal([2, 4, 5, 6], problems.Select(p => p.Line!.Value));
        Assert.All(problems, p => Assert.Equal("bundle.jsonl", p.Path));
        Assert.All(problems, p => Assert.True(p.Skipped));
        Assert.Contains("title", problems[1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WindowsLineEndingsByteOrderMarkAndBlankLines_AreTolerated()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("{\"id\": \"a\", \"title\": \"A\", \"text\": \"x\"}\r\n\r\n   \r\n{\"id\": \"b\", \"title\": \"B\", \"text\": \"y\"}")).ToArray();

        var (articles, problems) = Read(bytes);

        Assert.Empty(problems);
        Assert.Equal(["a", "b"], articles.Select(a => a.Id));
    }

    [Fact]
    public void Read_InvalidUtf8OnOneLine_SkipsOnlyThatLine()
    {
        byte[] bytes = [.. "{\"id\": \"a\", \"title\": \"A\", \"text\": \"x\"}\n{\"id\": \"b\", \"title\": \"Caf"u8, 0xE9, .. "\", \"text\": \"y\"}\n{\"id\": \"c\", \"title\": \"C\", \"text\": \"z\"}\n"u8];

        var (articles, problems) = Read(bytes);

        Assert.Equal(["a", "c"], articles.Select(a => a.Id));
        var problem = Assert.Single(problems);
        Assert.Equal(2, problem.Line);
        Assert.Contains("UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LineLongerThanTheReadBuffer_IsReadWhole()
    {
        var text = string.Join(' ', Enumerable.Repeat("word", 50_000));

        var (articles, problems) = Read($$"""{"id": "long", "title": "Long", "text": "{{text}}"}""", """{"id": "next", "title": "Next", "text": "x"}""");

        Assert.Empty(problems);
        Assert.Equal(text, articles[0].Body);
        Assert.Equal("next", articles[1].Id);
    }

    [Fact]
    public void Read_FeedsEveryByteToTheContentHash()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"a\", \"title\": \"A\", \"text\": \"x\"}\nnot json\n");
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);

        _ = JsonlBundleReader.Read(new MemoryStream(bytes), "bundle.jsonl", new List<CorpusProblem>(), hash).ToList();

        Assert.Equal(SHA256.HashData(bytes), hash.GetHashAndReset());
    }

    [Fact]
    public void Read_ALineOverTheLimit_IsSkippedWithoutBeingHeldInMemory_AndTheNextLineIsRead()
    {
        var bytes = Encoding.UTF8.GetBytes("{\"id\": \"big\", \"title\": \"Big\", \"text\": \"" + new string('x', 32 * 1024 * 1024) + "\"}\n{\"id\": \"next\", \"title\": \"N\", \"text\": \"y\"}\n");
        var problems = new List<CorpusProblem>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        using var stream = new MemoryStream(bytes);

        var allocated = GC.GetAllocatedBytesForCurrentThread();
        var articles = JsonlBundleReader.Read(stream, "bundle.jsonl", problems, hash, maxArticleBytes: 100_000).ToList();
        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;

        Assert.Equal("next", Assert.Single(articles).Id);
        var problem = Assert.Single(problems);
        Assert.Equal((1, true), (problem.Line, problem.Skipped));
        Assert.StartsWith("the article is 32.0 MB, over the limit of 0.1 MB", problem.Message, StringComparison.Ordinal);
        Assert.True(allocated < 2_000_000, $"{allocated:N0} bytes allocated to read a 32 MB line");
        Assert.Equal(SHA256.HashData(bytes), hash.GetHashAndReset());
    }

    private static (List<Article> Articles, List<CorpusProblem> Problems) Read(params string[] lines) =>
        Read(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

    private static (List<Article> Articles, List<CorpusProblem> Problems) Read(byte[] bytes)
    {
        var problems = new List<CorpusProblem>();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var articles = JsonlBundleReader.Read(new MemoryStream(bytes), "bundle.jsonl", problems, hash).ToList();
        return (articles, problems);
    }
}
