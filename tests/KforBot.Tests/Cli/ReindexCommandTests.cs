using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

public sealed class ReindexCommandTests : FolderTest
{
    [Fact]
    public async Task Reindex_CorpusWithABadFile_IndexesTheRestAndReportsEveryFile()
    {
        Folder.Write("corpus/good.md", "---\ntitle: \"Good\"\noutlet: \"O\"\n---\n\nA paragraph about soldiers in Kosovo and the mission.\n");
        Folder.Write("corpus/bad.md", "---\noutlet: \"O\"\n---\nNo title here.\n");

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("corpus"), "--index", Folder.Combine("i.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains("ok       good.md: 1 article", output, StringComparison.Ordinal);
        Assert.Contains("skipped  bad.md", output, StringComparison.Ordinal);
        Assert.Contains("Indexed 1 articles", output, StringComparison.Ordinal);
        Assert.True(File.Exists(Folder.Combine("i.db", "KFORBOT-INDEX")));
    }

    [Fact]
    public async Task Reindex_TwoFilesWithTheSameId_KeepsTheFirstAndNamesBothFilesOnBothLines()
    {
        var first = Folder.Write("corpus/a-first.md", "---\nid: \"same\"\ntitle: \"First\"\n---\n\nA paragraph about soldiers in Kosovo and the mission.\n");
        var second = Folder.Write("corpus/b-second.md", "---\nid: \"same\"\ntitle: \"Second\"\n---\n\nAnother paragraph about soldiers in Kosovo.\n");

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("corpus"), "--index", Folder.Combine("i.db"));

        Assert.Equal(0, exitCode);
        Assert.Contains($"warning  a-first.md: duplicate id 'same': this file's article was kept and the one in {second} was skipped", output, StringComparison.Ordinal);
        Assert.Contains($"skipped  b-second.md: duplicate id 'same': skipped, because {first} has an article with the same id and was kept", output, StringComparison.Ordinal);
        Assert.Contains("Indexed 1 articles", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_IndexPathIsAFile_SaysNoArticleWasReadAndWhy()
    {
        Folder.Write("corpus/good.md", "---\ntitle: \"Good\"\n---\n\nA paragraph about soldiers in Kosovo and the mission.\n");
        var file = Folder.Write("notindex.txt", "mine");

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("corpus"), "--index", file);

        Assert.Equal(1, exitCode);
        Assert.Contains($"Corpus: {Folder.Combine("corpus")} (no article read)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("files)", output, StringComparison.Ordinal);
        Assert.Contains("is a file, not an index folder", output, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(file));
    }

    [Fact]
    public async Task Ask_IndexPathIsAFile_FailsWithoutSayingItBuildsTheIndex()
    {
        var file = Folder.Write("notindex.txt", "mine");

        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "ask", "--corpus", RepositoryPaths.Corpus, "--index", file, "What is KFOR?");

        Assert.Equal(1, exitCode);
        Assert.Contains("is a file, not an index folder", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Building the index", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_OnAnIndexBuiltFromAnotherCorpusFolder_RefusesNamingBothAndLeavesTheIndex_WhileReindexWithCorpusRebuildsIt()
    {
        var article = "---\ntitle: \"T\"\n---\n\nA paragraph about soldiers in Kosovo and the mission of KFOR.\n";
        Folder.Write("a/one.md", article);
        Folder.Write("a/two.md", article.Replace("soldiers", "troops", StringComparison.Ordinal));
        Folder.Write("b/one.md", article);
        Assert.Equal(0, (await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("a"), "--index", Folder.Combine("i"))).ExitCode);
        var generations = Directory.GetDirectories(Folder.Combine("i", "generations"));

        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "ask", "--corpus", Folder.Combine("b"), "--index", Folder.Combine("i"), "What is KFOR?");

        Assert.Equal(1, exitCode);
        Assert.Contains($"was built from the corpus folder '{Folder.Combine("a")}', not '{Folder.Combine("b")}'", error, StringComparison.Ordinal);
        Assert.Equal(generations, Directory.GetDirectories(Folder.Combine("i", "generations")));
        var rebuilt = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("b"), "--index", Folder.Combine("i"));
        Assert.Contains("Indexed 1 articles", rebuilt.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_NoValidArticle_ExitsNonZeroWithTheReasons()
    {
        Folder.Write("corpus/bad.md", "no front matter");

        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("corpus"), "--index", Folder.Combine("i.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("Reindex failed", output, StringComparison.Ordinal);
        Assert.Contains("bad.md:1", output, StringComparison.Ordinal);
        Assert.False(File.Exists(Folder.Combine("i.db")));
    }

    [Fact]
    public async Task Reindex_MissingCorpusFolder_ExitsNonZeroNamingIt()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", Folder.Combine("none"), "--index", Folder.Combine("i.db"));

        Assert.Equal(1, exitCode);
        Assert.Contains("none", output, StringComparison.Ordinal);
    }
}
