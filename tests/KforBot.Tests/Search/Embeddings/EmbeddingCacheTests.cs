using KforBot.Search.Embeddings;
using KforBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Search.Embeddings;

public sealed class EmbeddingCacheTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _folder.Dispose();
    }

    [Fact]
    public async Task Find_AfterAddInAnEarlierOpening_GivesTheVectorsBackForTheSameModelOnly()
    {
        var path = _folder.Combine("embedding-cache.db");
        using (var cache = await EmbeddingCache.OpenAsync(path, "model-a", CancellationToken.None))
        {
            cache.Add(["KFOR has 4,600 troops."], [[0.6f, 0.8f]]);
        }

        using var sameModel = await EmbeddingCache.OpenAsync(path, "model-a", CancellationToken.None);
        using var otherModel = await EmbeddingCache.OpenAsync(path, "model-b", CancellationToken.None);

        var found = sameModel.Find(["KFOR has 4,600 troops.", "A passage never embedded."]);
        Assert.Equal([0.6f, 0.8f], found[0]!);
        Assert.Null(found[1]);
        Assert.Null(otherModel.Find(["KFOR has 4,600 troops."])[0]);
    }
}
