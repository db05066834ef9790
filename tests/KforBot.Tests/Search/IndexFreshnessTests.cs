using KforBot.Search;
using KforBot.Tests.Support;
using Microsoft.Data.Sqlite;

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

    [Fact]
    public async Task EnsureCurrentAsync_IndexOfAnotherVersion_Rebuilds()
    {
        using var services = CorpusWithOneArticle();
        await services.BuildIndexAsync();
        MarkAsAnotherVersion(services.IndexPath);

        var report = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);

        Assert.True(report?.Succeeded);
        Assert.NotNull((await services.Get<IPassageIndex>().TryGetSummaryAsync(CancellationToken.None)).Summary);
    }

    [Fact]
    public async Task EnsureCurrentAsync_IndexOfAnotherVersionAndNoCorpus_SaysWhyNeitherCanServe()
    {
        using var services = CorpusWithOneArticle();
        await services.BuildIndexAsync();
        MarkAsAnotherVersion(services.IndexPath);
        Directory.Delete(services.CorpusDirectory, recursive: true);

        var failure = await Assert.ThrowsAsync<IndexUnavailableException>(() => services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None));

        Assert.Contains("the index was built by another version of the bot", failure.Message, StringComparison.Ordinal);
        Assert.Contains("does not exist", failure.Message, StringComparison.Ordinal);
    }

    private static void MarkAsAnotherVersion(string indexPath)
    {
        using (var connection = new SqliteConnection($"Data Source={indexPath};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE meta SET value = '0' WHERE key = 'schema_version'";
            command.ExecuteNonQuery();
        }

        // A reindex renames a new file over the old one; an edit in place must look like a new file as well.
        File.SetLastWriteTimeUtc(indexPath, DateTime.UtcNow.AddMinutes(1));
    }

    private AnsweringServices CorpusWithOneArticle()
    {
        _folder.Write("corpus/a.md", "---\ntitle: \"First\"\n---\n\nA paragraph about KFOR troops in Kosovo.\n");
        return new AnsweringServices(_folder.Combine("corpus"), _folder.Combine("index.db"));
    }
}
