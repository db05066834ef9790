using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

public sealed class CorpusCheckCommandTests : FolderTest
{
    private const string Good = "---\ntitle: \"Good\"\noutlet: \"O\"\n---\n\nA paragraph about soldiers in Kosovo and the mission.\n";

    [Fact]
    public async Task CorpusCheck_SoundCorpus_ExitsZero_WithThePerFileReport_AndIndexesNothing()
    {
        Folder.Write("corpus/good.md", Good);
        Folder.Write("corpus/other.md", Good.Replace("Good", "Other", StringComparison.Ordinal));

        var (exitCode, output, _) = await CheckAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains($"Corpus: {Folder.Combine("corpus")} (2 files)", output, StringComparison.Ordinal);
        Assert.Contains("  ok       good.md: 1 article", output, StringComparison.Ordinal);
        Assert.Contains("  ok       other.md: 1 article", output, StringComparison.Ordinal);
        Assert.Contains("Checked: 2 articles can be indexed; no file is broken.", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder.Combine("i")));
    }

    [Fact]
    public async Task CorpusCheckAndReindex_AnArticleOverTheSizeLimit_BothReportItSkippedWithTheFileAndWhy()
    {
        var large = new string('x', 2 * 1024 * 1024);
        Folder.Write("corpus/good.md", Good);
        Folder.Write("corpus/huge.md", Good + large);
        Folder.Write("corpus/bundle.jsonl", $"{{\"id\": \"b1\", \"title\": \"B\", \"text\": \"{large}\"}}\n{{\"id\": \"b2\", \"title\": \"B2\", \"text\": \"Soldiers of KFOR in Kosovo.\"}}\n");

        var check = await CheckAsync();
        var reindex = await ReindexAsync();

        Assert.Equal(1, check.ExitCode);
        Assert.Equal(0, reindex.ExitCode);
        foreach (var output in new[] { check.Output, reindex.Output })
        {
            Assert.Contains("  skipped  huge.md: the article is 2.0 MB, over the limit of 2.0 MB per article (Corpus:MaxArticleBytes)", output, StringComparison.Ordinal);
            Assert.Contains("  skipped  bundle.jsonl:1: the article is 2.0 MB, over the limit", output, StringComparison.Ordinal);
            Assert.Contains("bundle.jsonl: 1 article", output, StringComparison.Ordinal);
        }

        Assert.Contains("Indexed 2 articles", reindex.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusCheck_ABrokenSynonymsFile_ExitsNonZero_NamingItAsReindexWould()
    {
        Folder.Write("corpus/good.md", Good);
        Folder.Write("corpus/synonyms.txt", "soldiers, troops\nkfor => \n");

        var check = await CheckAsync();
        var reindex = await ReindexAsync();

        Assert.Equal(1, check.ExitCode);
        Assert.Contains("  skipped  synonyms.txt: synonyms.txt is not in the Solr synonyms format", check.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("no file is broken", check.Output, StringComparison.Ordinal);
        Assert.Equal(1, reindex.ExitCode);
        Assert.Contains("  skipped  synonyms.txt: synonyms.txt is not in the Solr synonyms format", reindex.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusCheck_SoundSynonymsFile_IsListedAndCounted()
    {
        Folder.Write("corpus/good.md", Good);
        Folder.Write("corpus/synonyms.txt", "soldiers, troops\n");

        var (exitCode, output, _) = await CheckAsync();

        Assert.Equal(0, exitCode);
        Assert.Contains("(2 files)", output, StringComparison.Ordinal);
        Assert.Contains("  ok       synonyms.txt: synonym rules", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusCheck_ABrokenFile_ExitsNonZero_NamingTheFileAndWhy()
    {
        Folder.Write("corpus/good.md", Good);
        Folder.Write("corpus/bad.md", "---\noutlet: \"O\"\n---\nNo title here.\n");

        var (exitCode, output, _) = await CheckAsync();

        Assert.Equal(1, exitCode);
        Assert.Contains("  ok       good.md: 1 article", output, StringComparison.Ordinal);
        Assert.Contains("  skipped  bad.md", output, StringComparison.Ordinal);
        Assert.Contains("title", output, StringComparison.Ordinal);
        Assert.Contains("Checked: 1 articles can be indexed; 1 file has problems that skip articles (above).", output, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Folder.Combine("i")));
    }

    [Fact]
    public async Task CorpusCheck_MissingFolder_ExitsNonZero_NamingIt()
    {
        var (exitCode, _, error) = await CheckAsync(Folder.Combine("none"));

        Assert.Equal(1, exitCode);
        Assert.Contains($"The corpus folder '{Folder.Combine("none")}' does not exist.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorpusCheck_TheSeedCorpus_IsSound()
    {
        var (exitCode, output, _) = await CheckAsync(RepositoryPaths.Corpus);

        Assert.Equal(0, exitCode);
        Assert.Contains("Checked: 5 articles can be indexed; no file is broken.", output, StringComparison.Ordinal);
    }

    /// <summary>Runs <c>corpus check</c> on the test's corpus folder (or <paramref name="corpus"/>), with an index beside it.</summary>
    private Task<(int ExitCode, string Output, string Error)> CheckAsync(string? corpus = null) =>
        CliRunner.RunAsync(string.Empty, "corpus", "check", "--corpus", corpus ?? Folder.Combine("corpus"), "--index", Folder.Combine("i"));

    private Task<(int ExitCode, string Output, string Error)> ReindexAsync() =>
        CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("corpus"), "--index", Folder.Combine("i"));
}
