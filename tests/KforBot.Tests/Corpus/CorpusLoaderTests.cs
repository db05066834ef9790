using KforBot.Corpus;
using KforBot.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Testing;

namespace KforBot.Tests.Corpus;

public sealed class CorpusLoaderTests : FolderTest
{
    private readonly CorpusLoader _loader = new(NullLogger<CorpusLoader>.Instance);

    [Fact]
    public void ReadArticles_BadFilesAmongGoodOnes_SkipsAndReportsEachWithItsPath()
    {
        Folder.Write("a-good.md", Article("good", "A good article"));
        Folder.Write("b-no-title.md", "---\noutlet: \"O\"\n---\nBody text.");
        Folder.Write("c-broken-yaml.md", "---\ntitle: \"T\n---\nBody text.");
        File.WriteAllBytes(Folder.Combine("d-latin1.md"), [.. "---\ntitle: \"T\"\n---\nCaf"u8, 0xE9, (byte)'\n']);
        Folder.Write("e-duplicate.md", Article("good", "Same id again"));
        Folder.Write("f-no-body.md", "---\ntitle: \"T\"\n---\n");
        Folder.Write("notes.txt", "not a corpus file");

        var result = Read(_loader, Folder.Path);

        var article = Assert.Single(result.Articles);
        Assert.Equal("A good article", article.Title);
        Assert.Equal(5, result.Reading.Problems.Count(p => p.Skipped));
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("b-no-title.md", StringComparison.Ordinal) && p.Message.Contains("no title", StringComparison.Ordinal));
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("c-broken-yaml.md", StringComparison.Ordinal) && p.Line is not null);
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("d-latin1.md", StringComparison.Ordinal) && p.Message.Contains("UTF-8", StringComparison.Ordinal) && p.Line == 4);
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("e-duplicate.md", StringComparison.Ordinal) && p.Skipped && p.Message.Contains("a-good.md", StringComparison.Ordinal));
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("a-good.md", StringComparison.Ordinal) && !p.Skipped && p.Message.Contains("e-duplicate.md", StringComparison.Ordinal));
        Assert.Contains(result.Reading.Problems, p => p.Path.EndsWith("f-no-body.md", StringComparison.Ordinal) && p.Message.Contains("no body", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadArticles_TwoFilesWithTheSameId_KeepsTheFirstInPathOrderAndWarnsNamingBothFiles()
    {
        var first = Folder.Write("a.md", Article("same", "First"));
        var second = Folder.Write("B.md", Article("same", "Second"));
        var logger = new FakeLogger<CorpusLoader>();

        var result = Read(new CorpusLoader(logger), Folder.Path);

        // Ordinal order puts "B.md" before "a.md".
        Assert.Equal("Second", Assert.Single(result.Articles).Title);
        var warnings = logger.Collector.GetSnapshot().Where(r => r.Level == LogLevel.Warning).Select(r => r.Message).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.True(w.Contains(first, StringComparison.Ordinal) && w.Contains(second, StringComparison.Ordinal), w));
        Assert.Contains(warnings, w => w.StartsWith($"Corpus: {first}: skipped: duplicate id 'same'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.StartsWith($"Corpus: {second}: warning: duplicate id 'same': this file's article was kept", StringComparison.Ordinal));
    }

    [Fact]
    public void ReadArticles_JsonlBundle_ReadsGoodLinesAndReportsBadOnesWithLineNumbers()
    {
        Folder.Write("bundle.jsonl", string.Join('\n',
            """{"id": "1", "title": "First", "text": "Some text.", "outlet": "Wire"}""",
            """{"id": 2, "title": "Second", "text": "More text.", "published": "1987-02-26"}""",
            "{not json",
            """{"id": "3", "text": "No title."}""",
            "",
            """{"id": "4", "title": "Bad date", "text": "x", "published": "yesterday"}"""));

        var result = Read(_loader, Folder.Path);

        Assert.Equal(["1", "2"], result.Articles.Select(a => a.Id));
        Assert.Equal(new DateOnly(1987, 2, 26), result.Articles[1].Published);
        Assert.Equal([3, 4, 6], result.Reading.Problems.Select(p => p.Line!.Value));
    }

    [Fact]
    public void ReadArticles_SynonymsFile_IsReadAsSynonymsNotAsAnArticle()
    {
        Folder.Write("a.md", Article("a", "Title"));
        Folder.Write(CorpusLoader.SynonymsFileName, "kosovo, kosova\n");

        var result = Read(_loader, Folder.Path);

        Assert.Single(result.Articles);
        Assert.Empty(result.Reading.Problems);
        Assert.Equal("kosovo, kosova\n", result.Reading.SynonymsText);
    }

    [Fact]
    public void ReadArticles_MissingFolder_SaysWhichFolder()
    {
        var missing = Folder.Combine("nowhere");

        var error = Assert.Throws<DirectoryNotFoundException>(() => _loader.Open(missing));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fingerprint_ChangesWhenAFileChanges_AndMatchesTheLoadersOwn()
    {
        Folder.Write("a.md", Article("a", "Title"));
        var before = await CorpusFingerprint.ComputeAsync(Folder.Path, CancellationToken.None);
        var loaded = Read(_loader, Folder.Path);
        Folder.Write("a.md", Article("a", "Another title"));
        var after = await CorpusFingerprint.ComputeAsync(Folder.Path, CancellationToken.None);

        Assert.Equal(before, loaded.Reading.Fingerprint);
        Assert.NotEqual(before, after);
    }

    [Fact]
    public void ReadArticles_SeedCorpus_LoadsFiveArticlesWithoutProblems()
    {
        var result = Read(_loader, RepositoryPaths.Corpus);

        Assert.Equal(5, result.Articles.Count);
        Assert.Empty(result.Reading.Problems);
        Assert.All(result.Articles, a => Assert.False(string.IsNullOrWhiteSpace(a.Outlet)));
        Assert.NotEmpty(result.Reading.SynonymsText);
    }

    private static string Article(string id, string title) => $"---\nid: \"{id}\"\ntitle: \"{title}\"\noutlet: \"Outlet\"\n---\n\nA paragraph of text.\n";

    /// <summary>Reads a folder as a reindex does: one pass over its files, then the problems logged.</summary>
    private static (List<Article> Articles, CorpusReading Reading) Read(CorpusLoader loader, string directory)
    {
        var reading = loader.Open(directory);
        var articles = reading.ReadArticles(CancellationToken.None).ToList();
        loader.LogProblems(reading);
        return (articles, reading);
    }
}
