using System.Globalization;
using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Opens readers on the index file. Each reader opens its own read-only connection to the file that is
/// at the path now, so a reindex (in this process or another) is picked up by the next question without a
/// restart, while questions already under way finish on the build they started with.
/// </summary>
internal sealed class SqlitePassageIndex(IOptions<IndexOptions> options) : IPassageIndex
{
    private IndexBuildMetadata? _metadata;

    public async Task<IPassageIndexReader> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.Value.Path);
        if (!File.Exists(path))
        {
            throw new IndexUnavailableException($"There is no index at '{path}' yet. Run the 'reindex' command to build it.");
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            var buildId = await ReadMetaAsync(connection, "build_id", cancellationToken).ConfigureAwait(false);
            var metadata = _metadata;
            if (metadata is null || metadata.Summary.BuildId != buildId)
            {
                metadata = await LoadMetadataAsync(connection, cancellationToken).ConfigureAwait(false);
                _metadata = metadata;
            }

            return new SqlitePassageIndexReader(connection, metadata, options.Value.CandidateCount);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new IndexUnavailableException($"The index at '{path}' cannot be read ({e.Message}). Run the 'reindex' command to rebuild it.", e);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<IndexSummary?> TryGetSummaryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            return reader.Summary;
        }
        catch (IndexUnavailableException)
        {
            return null;
        }
    }

    private static async Task<IndexBuildMetadata> LoadMetadataAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        var meta = new Dictionary<string, string>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT key, value FROM meta";
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                meta[rows.GetString(0)] = rows.GetString(1);
            }
        }

        if (meta.GetValueOrDefault("schema_version") != SqliteIndexSchema.Version)
        {
            throw new IndexUnavailableException("The index was built by another version of the bot. Run the 'reindex' command to rebuild it.");
        }

        var articles = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
        await using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, title, outlet, published, url, language FROM articles";
            await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var published = rows.IsDBNull(3) ? (DateOnly?)null : DateOnly.ParseExact(rows.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
                var url = rows.IsDBNull(4) ? null : new Uri(rows.GetString(4));
                articles[rows.GetString(0)] = new IndexedArticle(rows.GetString(0), rows.GetString(1), rows.GetString(2), published, url, rows.GetString(5));
            }
        }

        var summary = new IndexSummary(
            meta["build_id"],
            meta["fingerprint"],
            DateTimeOffset.Parse(meta["built_at"], CultureInfo.InvariantCulture),
            int.Parse(meta["article_count"], CultureInfo.InvariantCulture),
            int.Parse(meta["passage_count"], CultureInfo.InvariantCulture),
            double.Parse(meta["average_words"], CultureInfo.InvariantCulture));
        return new IndexBuildMetadata(summary, SynonymMap.Parse(meta.GetValueOrDefault("synonyms") ?? string.Empty), articles);
    }

    private static async Task<string?> ReadMetaAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
