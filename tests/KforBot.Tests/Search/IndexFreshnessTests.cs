using KforBot.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

public sealed class IndexFreshnessTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

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
        _folder.Write("corpus/b.md", "---\ntitle: \"Second\"\n---\n\nAnother paragraph about Camp Bondsteel.\n");

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.Equal(2, report?.ArticlesIndexed);
    }

    private AnsweringServices CorpusWithOneArticle()
    {
        _folder.Write("corpus/a.md", "---\ntitle: \"First\"\n---\n\nA paragraph about KFOR troops in Kosovo.\n");
        return new AnsweringServices(_folder.Combine("corpus"), _folder.Combine("index.db"));
    }
}
