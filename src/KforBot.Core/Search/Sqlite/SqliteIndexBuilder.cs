using System.Diagnostics;
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
        CorpusReading corpus;
        try
        {
            corpus = loader.Open(corpusDirectory);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return Failed(indexPath, started, $"the corpus could not be read: {e.Message}", [], 0);
        }

        var temporaryPath = $"{indexPath}.{Guid.NewGuid():N}.tmp";
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(indexPath)!);
            DeleteLeftovers(indexPath);
            var (articles, passages) = await new SqliteIndexWriter(timeProvider).WriteAsync(temporaryPath, corpus, progress, cancellationToken).ConfigureAwait(false);
            loader.LogProblems(corpus);
            if (articles == 0)
            {
                TryDelete(temporaryPath);
                return Failed(indexPath, started, $"no article in '{corpusDirectory}' could be indexed; the previous index is unchanged", corpus.Problems, corpus.FilesRead);
            }

            FlushToDisk(temporaryPath);
            File.Move(temporaryPath, indexPath, overwrite: true);
            var report = new ReindexReport(true, null, corpus.FilesRead, articles, passages, corpus.Problems, Stopwatch.GetElapsedTime(started), indexPath)
            {
                ArticlesPerFile = corpus.ArticlesPerFile,
            };
            LogBuilt(logger, report.ArticlesIndexed, report.PassagesIndexed, report.Elapsed.TotalMilliseconds, indexPath);
            return report;
        }
        catch (CorpusUnreadableException e)
        {
            TryDelete(temporaryPath);
            return Failed(indexPath, started, $"the corpus could not be read: {e.Message}; the previous index is unchanged", corpus.Problems, corpus.FilesRead);
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
