using System.Globalization;
using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Opens readers on the index file. A reader sees one build from start to end. Connections are kept open
/// between questions while the file at the path is the same build (checked with one file-status call per
/// question); when a reindex (in this process or another) renames a new file over the path, the next question
/// opens the new file, without a restart, while questions already under way finish on the build they started with.
/// </summary>
internal sealed class SqlitePassageIndex(IOptions<IndexOptions> options) : IPassageIndex, IDisposable
{
    private readonly SemaphoreSlim _switching = new(1, 1);
    private IndexBuild? _current;

    public async Task<IPassageIndexReader> OpenReaderAsync(CancellationToken cancellationToken)
    {
        var path = Path.GetFullPath(options.Value.Path);
        var identity = IndexFileIdentity.Of(path)
            ?? throw new IndexUnavailableException($"There is no index at '{path}' yet. Run the 'reindex' command to build it.") { Why = "there is no index yet" };
        var build = _current;
        if (build is not null && build.Identity == identity)
        {
            build.Enter();
            if (build.TryRent(out var pooled))
            {
                return new SqlitePassageIndexReader(pooled, build, options.Value.CandidateArticles);
            }

            build.Leave();
        }

        var connection = await OpenConnectionAsync(path, cancellationToken).ConfigureAwait(false);
        try
        {
            build = await EnterBuildOfAsync(connection, path, identity, cancellationToken).ConfigureAwait(false);
            return new SqlitePassageIndexReader(connection, build, options.Value.CandidateArticles);
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new IndexUnavailableException($"The index at '{path}' cannot be read ({e.Message}). Run the 'reindex' command to rebuild it.", e) { Why = "the index file cannot be read" };
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async Task<(IndexSummary? Summary, string? Unusable)> TryGetSummaryAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            return (reader.Summary, null);
        }
        catch (IndexUnavailableException e)
        {
            return (null, e.Why);
        }
    }

    public void Dispose()
    {
        _current?.Retire();
        _switching.Dispose();
    }

    /// <summary>
    /// The build a freshly opened connection reads (the current one, or a new one that replaces it), entered for
    /// one reader before any other thread can retire it.
    /// </summary>
    private async Task<IndexBuild> EnterBuildOfAsync(SqliteConnection connection, string path, IndexFileIdentity identity, CancellationToken cancellationToken)
    {
        var buildId = await ReadMetaAsync(connection, "build_id", cancellationToken).ConfigureAwait(false);
        await _switching.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var current = _current;
            if (current is not null && current.Metadata.Summary.BuildId == buildId && current.Identity == identity)
            {
                current.Enter();
                return current;
            }

            // The same build seen with another size or time (the file was touched) keeps its metadata.
            var metadata = current is not null && current.Metadata.Summary.BuildId == buildId
                ? current.Metadata
                : await LoadMetadataAsync(connection, path, buildId, cancellationToken).ConfigureAwait(false);
            var build = new IndexBuild(identity, metadata);
            build.Enter();
            _current = build;
            if (current is not null)
            {
                current.Retire();
            }

            return build;
        }
        finally
        {
            _switching.Release();
        }
    }

    private static async Task<SqliteConnection> OpenConnectionAsync(string path, CancellationToken cancellationToken)
    {
        // Pooling stays off: a pooled connection would outlive a rename and answer from the replaced file.
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadOnly,
            Pooling = false,
        }.ToString());
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch (SqliteException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw new IndexUnavailableException($"The index at '{path}' cannot be read ({e.Message}). Run the 'reindex' command to rebuild it.", e) { Why = "the index file cannot be read" };
        }
    }

    private static async Task<IndexBuildMetadata> LoadMetadataAsync(SqliteConnection connection, string path, string? buildId, CancellationToken cancellationToken)
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
            throw new IndexUnavailableException("The index was built by another version of the bot. Run the 'reindex' command to rebuild it.") { Why = "the index was built by another version of the bot" };
        }

        var summary = new IndexSummary(
            meta["build_id"],
            meta["fingerprint"],
            DateTimeOffset.Parse(meta["built_at"], CultureInfo.InvariantCulture),
            int.Parse(meta["article_count"], CultureInfo.InvariantCulture),
            int.Parse(meta["passage_count"], CultureInfo.InvariantCulture),
            double.Parse(meta["average_words"], CultureInfo.InvariantCulture))
        {
            CorpusStamp = meta.GetValueOrDefault("corpus_stamp") ?? string.Empty,
        };
        var articles = await OpenCatalogAsync(connection, path, buildId, summary.ArticleCount, cancellationToken).ConfigureAwait(false);
        return new IndexBuildMetadata(summary, SynonymMap.Parse(meta.GetValueOrDefault("synonyms") ?? string.Empty), articles);
    }

    /// <summary>
    /// The build's articles, read on demand through a connection of their own. Should a reindex have replaced the
    /// file since <paramref name="connection"/> was opened, the new file is not this build: the articles are then
    /// read at once, through the connection that is.
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, IndexedArticle>> OpenCatalogAsync(
        SqliteConnection connection, string path, string? buildId, int count, CancellationToken cancellationToken)
    {
        var own = await OpenConnectionAsync(path, cancellationToken).ConfigureAwait(false);
        if (await ReadMetaAsync(own, "build_id", cancellationToken).ConfigureAwait(false) == buildId)
        {
            return new ArticleCatalog(own, count);
        }

        await own.DisposeAsync().ConfigureAwait(false);
        var articles = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, outlet, published, url, language FROM articles";
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var article = ArticleCatalog.Read(rows);
            articles[article.Id] = article;
        }

        return articles;
    }

    private static async Task<string?> ReadMetaAsync(SqliteConnection connection, string key, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }
}
