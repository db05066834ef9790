using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using KforBot.Storage;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Passage vectors already computed, by model and passage text, so a reindex embeds only new or changed passages.
/// A SQLite file in the index folder; losing it costs time, never correctness.
/// </summary>
internal sealed class EmbeddingCache : IDisposable
{
    /// <remarks>
    /// A rowid table, not WITHOUT ROWID: a 1.5 KB vector is too large a row for a table ordered by its random hash
    /// key (two rows a page, pages split on every insert); appended in rowid order beside a small key index, a
    /// 100,000-passage build writes it several times faster and half the size (scale benchmark).
    /// </remarks>
    private static readonly SqliteMigration[] Schema = [new(1, "CREATE TABLE IF NOT EXISTS vectors (key BLOB PRIMARY KEY, vector BLOB NOT NULL);")];

    private readonly SqliteFile _file;
    private readonly SqliteConnection _connection;
    private readonly string _modelId;

    private EmbeddingCache(SqliteFile file, SqliteConnection connection, string modelId)
    {
        _file = file;
        _connection = connection;
        _modelId = modelId;
    }

    /// <summary>Opens the cache on one connection of its own, held until the build is done.</summary>
    public static async Task<EmbeddingCache> OpenAsync(string path, string modelId, CancellationToken cancellationToken)
    {
        var file = new SqliteFile(path, Schema, new SqliteFileOptions(LockWaitSeconds: 30, Pooling: false));
        try
        {
            return new EmbeddingCache(file, await file.OpenAsync(cancellationToken).ConfigureAwait(false), modelId);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>The cached vector of each text, or null where there is none.</summary>
    public float[]?[] Find(IReadOnlyList<string> texts)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT vector FROM vectors WHERE key = $key";
        var key = command.Parameters.Add("$key", SqliteType.Blob);
        var found = new float[]?[texts.Count];
        for (var i = 0; i < texts.Count; i++)
        {
            key.Value = Key(texts[i]);
            if (command.ExecuteScalar() is byte[] bytes)
            {
                found[i] = MemoryMarshal.Cast<byte, float>(bytes).ToArray();
            }
        }

        return found;
    }

    public void Add(IReadOnlyList<string> texts, IReadOnlyList<float[]> vectors)
    {
        using var transaction = _connection.BeginTransaction();
        using var command = _connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO vectors (key, vector) VALUES ($key, $vector)";
        var key = command.Parameters.Add("$key", SqliteType.Blob);
        var vector = command.Parameters.Add("$vector", SqliteType.Blob);
        for (var i = 0; i < texts.Count; i++)
        {
            key.Value = Key(texts[i]);
            vector.Value = MemoryMarshal.AsBytes(vectors[i].AsSpan()).ToArray();
            command.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public void Dispose()
    {
        _connection.Dispose();
        _file.Dispose();
    }

    private byte[] Key(string text) => SHA256.HashData(Encoding.UTF8.GetBytes(_modelId + "\n" + text));
}
