using KforBot.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

public sealed class IndexFreshnessTests : FolderTest
{
    [Fact]
    public async Task EnsureCurrentAsync_UntouchedCorpus_DoesNotRebuild()
    {
        using var services = CorpusWithOneArticle();
        Assert.NotNull(await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None));

        Assert.Null(await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureCurrentAsync_FileTouchedButUnchanged_DoesNotRebuild()
    {
        using var services = CorpusWithOneArticle();
        await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);
        var path = Path.Combine(services.CorpusDirectory, "a.md");
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));

        Assert.Null(await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task EnsureCurrentAsync_FileChanged_Rebuilds()
    {
        using var services = CorpusWithOneArticle();
        await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);
        Folder.Write("corpus/b.md", "---\ntitle: \"Second\"\n---\n\nAnother paragraph about Camp Bondsteel and the soldiers serving there.\n");

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(2, report?.ArticlesIndexed);
    }

    [Fact]
    public async Task EnsureCurrentAsync_FileRewrittenWithTheSameSize_Rebuilds()
    {
        using var services = CorpusWithOneArticle();
        await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);
        var path = Path.Combine(services.CorpusDirectory, "a.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("KFOR troops", "KFOR forces", StringComparison.Ordinal));
        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddMinutes(1));

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.True(report?.Succeeded, report?.Failure);
    }

    [Fact]
    public async Task EnsureCurrentAsync_FileChangedSinceTheLastRun_TheFirstQuestionIsAnsweredFromTheRebuild()
    {
        using (var lastRun = CorpusWithOneArticle())
        {
            await lastRun.BuildSucceedingAsync();
        }

        Folder.Write("corpus/b.md", "---\ntitle: \"Second\"\n---\n\nAnother paragraph about Camp Bondsteel and the soldiers serving there.\n");
        using var services = new IndexServices(Folder.Combine("corpus"), Folder.Combine("index"));
        await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        await using var reader = await services.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal(Path.GetFileName(services.CurrentGeneration), reader.Summary.BuildId);
        Assert.Equal(2, reader.Articles.Count);
    }

    [Fact]
    public async Task EnsureCurrentAsync_IndexOfAnotherVersion_Rebuilds()
    {
        using var services = CorpusWithOneArticle();
        await services.BuildSucceedingAsync();
        GenerationDamage.SetManifestFormat(services.CurrentGeneration!, 0);

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.True(report?.Succeeded);
        Assert.NotNull((await services.Index.TryGetSummaryAsync(CancellationToken.None)).Summary);
    }

    [Fact]
    public async Task EnsureCurrentAsync_IndexOfAnotherVersionAndNoCorpus_SaysWhyNeitherCanServe()
    {
        using var services = CorpusWithOneArticle();
        await services.BuildSucceedingAsync();
        GenerationDamage.SetManifestFormat(services.CurrentGeneration!, 0);
        Directory.Delete(services.CorpusDirectory, recursive: true);

        var failure = await Assert.ThrowsAsync<IndexUnavailableException>(() => services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None));

        Assert.Contains("the index was built by another version of the bot", failure.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EnsureCurrentAsync_NoIndexYet_BuildsIt()
    {
        using var services = CorpusWithOneArticle();

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.True(report?.Succeeded, report?.Failure);
        Assert.NotNull(services.CurrentGeneration);
    }

    private IndexServices CorpusWithOneArticle()
    {
        Folder.Write("corpus/a.md", "---\ntitle: \"First\"\n---\n\nA paragraph about KFOR troops in Kosovo and the mission they serve.\n");
        return new IndexServices(Folder.Combine("corpus"), Folder.Combine("index"));
    }
}
