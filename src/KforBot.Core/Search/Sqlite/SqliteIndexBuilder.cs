using System.Diagnostics;
using System.Globalization;
using KforBot.Corpus;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Builds the SQLite index into a new file beside the current one, then renames it over the current one:
/// rename is atomic, so readers see either the old build or the new one, never half of one. When the build
/// fails or is killed, the old file is still there and still answers.
/// </summary>
internal sealed partial class SqliteIndexBuilder(
    CorpusLoader loader,
    IOptions<IndexOptions> options,
    TimeProvider timeProvider,
    ILogger<SqliteIndexBuilder> logger) : IIndexBuilder
{
    private const int SqliteFull = 13;
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<ReindexReport> BuildAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await BuildOnceAsync(corpusDirectory, progress, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<ReindexReport> BuildOnceAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var indexPath = Path.GetFullPath(options.Value.Path);
        CorpusLoadResult corpus;
        try
        {
            corpus = await loader.LoadAsync(corpusDirectory, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(indexPath, started, $"the corpus could not be read: {e.Message}", [], 0);
        }

        if (corpus.Articles.Count == 0)
        {
            return Failed(indexPath, started, $"no article in '{corpusDirectory}' could be indexed; the previous index is unchanged", corpus.Problems, corpus.FilesRead);
        }

        var temporaryPath = $"{indexPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
            DeleteLeftovers(indexPath);
            var passages = await Task.Run(() => Write(temporaryPath, corpus, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
            FlushToDisk(temporaryPath);
            File.Move(temporaryPath, indexPath, overwrite: true);
            var report = new ReindexReport(true, null, corpus.FilesRead, corpus.Articles.Count, passages, corpus.Problems, Stopwatch.GetElapsedTime(started), indexPath)
            {
                ArticlesPerFile = corpus.Articles.GroupBy(a => a.SourcePath).ToDictionary(g => g.Key, g => g.Count()),
            };
            LogBuilt(logger, report.ArticlesIndexed, report.PassagesIndexed, report.Elapsed.TotalMilliseconds, indexPath);
            return report;
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or OperationCanceledException)
        {
            TryDelete(temporaryPath);
            if (e is OperationCanceledException)
            {
                throw;
            }

            var reason = e is SqliteException { SqliteErrorCode: SqliteFull } || e is IOException { HResult: 28 or unchecked((int)0x80070070) }
                ? "the disk is full"
                : e.Message;
            LogFailed(logger, e, indexPath);
            return Failed(indexPath, started, $"the index could not be written ({reason}); the previous index is unchanged", corpus.Problems, corpus.FilesRead);
        }
    }

    private int Write(string path, CorpusLoadResult corpus, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();

        // A half-written file is thrown away, never read: no journal, no fsync until the end.
        Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-65536;");
        Execute(connection, SqliteIndexSchema.Create);
        using var transaction = connection.BeginTransaction();
        using var insertArticle = Prepare(connection, "INSERT INTO articles VALUES ($id, $title, $outlet, $published, $url, $language, $path)");
        using var insertPassage = Prepare(connection, "INSERT INTO passages VALUES ($id, $article, $position, $heading, $text, $words)");
        using var insertText = Prepare(connection, "INSERT INTO passage_fts(rowid, title, heading, text) VALUES ($id, $title, $heading, $text)");

        long passageId = 0;
        long totalWords = 0;
        for (var i = 0; i < corpus.Articles.Count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var article = corpus.Articles[i];
            Run(insertArticle, article.Id, article.Title, article.Outlet,
                article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), article.Url?.ToString(), article.Language, article.SourcePath);
            foreach (var passage in PassageSplitter.Split(article))
            {
                passageId++;
                totalWords += passage.WordCount;
                Run(insertPassage, passageId, article.Id, passage.Position, passage.Heading, passage.Text, passage.WordCount);
                Run(insertText, passageId, article.Title, passage.Heading, passage.Text);
            }

            progress?.Report(new ReindexProgress(i + 1, corpus.Articles.Count, (int)passageId));
        }

        var meta = new Dictionary<string, string>
        {
            ["schema_version"] = SqliteIndexSchema.Version,
            ["build_id"] = Guid.NewGuid().ToString("N"),
            ["fingerprint"] = corpus.Fingerprint,
            ["built_at"] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["article_count"] = corpus.Articles.Count.ToString(CultureInfo.InvariantCulture),
            ["passage_count"] = passageId.ToString(CultureInfo.InvariantCulture),
            ["average_words"] = (passageId == 0 ? 0 : totalWords / (double)passageId).ToString("R", CultureInfo.InvariantCulture),
            ["synonyms"] = corpus.SynonymsText,
        };
        using var insertMeta = Prepare(connection, "INSERT INTO meta VALUES ($key, $value)");
        foreach (var (key, value) in meta)
        {
            Run(insertMeta, key, value);
        }

        Execute(connection, "INSERT INTO passage_fts(passage_fts) VALUES ('optimize')");
        transaction.Commit();
        return (int)passageId;
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string sql)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in System.Text.RegularExpressions.Regex.Matches(sql, @"\$\w+").Select(m => m.Value))
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static void FlushToDisk(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.ReadWrite, FileShare.Read);
        stream.Flush(flushToDisk: true);
    }

    /// <summary>Removes temporary files that a killed reindex left behind.</summary>
    private static void DeleteLeftovers(string indexPath)
    {
        var folder = Path.GetDirectoryName(indexPath)!;
        foreach (var leftover in Directory.EnumerateFiles(folder, Path.GetFileName(indexPath) + ".*.tmp"))
        {
            if (File.GetLastWriteTimeUtc(leftover) < DateTime.UtcNow.AddMinutes(-10))
            {
                TryDelete(leftover);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing to do: a leftover temporary file is removed by the next reindex.
        }
    }

    private static ReindexReport Failed(string indexPath, long started, string failure, IReadOnlyList<CorpusProblem> problems, int filesRead) =>
        new(false, failure, filesRead, 0, 0, problems, Stopwatch.GetElapsedTime(started), indexPath);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Articles} articles, {Passages} passages in {Milliseconds:F0} ms at {IndexPath}")]
    private static partial void LogBuilt(ILogger logger, int articles, int passages, double milliseconds, string indexPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reindex failed; the previous index at {IndexPath} is unchanged")]
    private static partial void LogFailed(ILogger logger, Exception exception, string indexPath);
}
