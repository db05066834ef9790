namespace KforBot.Tests.Search;

/// <summary>A reindex runs the model only for passages it has not embedded before.</summary>
public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly CountingEncoder _model = new(SharedModel.Encoder);
    private readonly IndexServices _services;

    public EmbeddingCacheTests()
    {
        _services = _corpus.Services(_model);
    }

    public void Dispose()
    {
        _services.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task Reindex_FirstBuild_EmbedsEveryPassage()
    {
        var report = await _services.BuildSucceedingAsync();

        Assert.Equal(5, report.PassagesIndexed);
        Assert.Equal(5, report.PassagesEmbedded);
        Assert.Equal(5, _model.PassagesEmbedded);
    }

    [Fact]
    public async Task Reindex_UnchangedCorpus_EmbedsNothing()
    {
        await _services.BuildSucceedingAsync();
        var before = _model.PassagesEmbedded;

        var report = await _services.BuildSucceedingAsync();

        Assert.Equal(5, report.PassagesIndexed);
        Assert.Equal(0, report.PassagesEmbedded);
        Assert.Equal(before, _model.PassagesEmbedded);
    }

    [Fact]
    public async Task Reindex_OneParagraphChanged_EmbedsOnlyThatPassage()
    {
        await _services.BuildSucceedingAsync();
        var before = _model.PassagesEmbedded;
        _corpus.WriteArticle("troops", "KFOR troops in Kosovo", "About 4,600 KFOR troops from 29 countries serve in Kosovo.", "Most of the soldiers are stationed at Camp Film City in Pristina.");

        var report = await _services.BuildSucceedingAsync();

        Assert.Equal(1, report.PassagesEmbedded);
        Assert.Equal(before + 1, _model.PassagesEmbedded);
    }

    [Fact]
    public async Task Reindex_AfterTheCacheIsDeleted_EmbedsEveryPassageAgain()
    {
        await _services.BuildSucceedingAsync();
        foreach (var file in Directory.GetFiles(_services.IndexPath, "embedding-cache.db*"))
        {
            File.Delete(file);
        }

        var report = await _services.BuildSucceedingAsync();

        Assert.Equal(5, report.PassagesEmbedded);
    }

    [Fact]
    public async Task Reindex_PassagesMovedBetweenArticles_ReuseTheirVectors()
    {
        await _services.BuildSucceedingAsync();
        var before = _model.PassagesEmbedded;
        File.Delete(Path.Combine(_services.CorpusDirectory, "patrols.md"));
        _corpus.WriteArticle("patrols-2023", "Northern patrols", "KFOR patrols in northern Kosovo were increased after the tensions of 2023.", "Italian and Polish units patrol the bridge in Mitrovica.");

        var report = await _services.BuildSucceedingAsync();

        Assert.Equal(0, report.PassagesEmbedded);
        Assert.Equal(before, _model.PassagesEmbedded);
    }
}
