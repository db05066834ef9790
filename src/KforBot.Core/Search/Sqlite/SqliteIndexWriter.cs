using System.Globalization;
using System.Threading.Channels;
using KforBot.Corpus;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Writes one index file from one pass over the corpus, as a two-stage pipeline: one thread reads and parses
/// articles, cuts them into passages and counts their stems, the other inserts the articles into SQLite. SQLite writes on
/// one thread only, so on a machine with two cores or more the reading costs (almost) no time, and only a few
/// batches of articles are ever in memory.
/// </summary>
internal sealed class SqliteIndexWriter(TimeProvider timeProvider)
{
    private const int BatchSize = 64;
    private const int BatchesInFlight = 8;

    // FTS5 keeps new postings in an in-memory hash and writes a segment to disk each time it fills (1 MB by
    // default). A larger hash means fewer, larger segments, so less merging during the build and a cheaper
    // 'optimize' at its end: at 100,000 stories, 1 MB to 64 MB saved 15% of the build, 64 to 128 MB another
    // half second of 'optimize'. It bounds the extra memory, well within the reindex's 400 MB.
    public const int FtsHashBytes = 128 * 1024 * 1024;

    /// <summary>8 KB pages: at 100,000 stories the build took 12% less time than with 4 KB (16 KB gained less), and reads are no slower.</summary>
    public const int PageSize = 8192;

    /// <returns>How many articles and passages were written.</returns>
    public async Task<(int Articles, int Passages)> WriteAsync(
        string path, CorpusReading corpus, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var batches = Channel.CreateBounded<List<CutArticle>>(
            new BoundedChannelOptions(BatchesInFlight) { SingleReader = true, SingleWriter = true });
        using var stopReading = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var terms = new PassageTermCounter();
        var reading = Task.Run(() => ReadAsync(corpus, terms, batches.Writer, stopReading.Token), CancellationToken.None);
        try
        {
            return await Task.Run(() => InsertAsync(path, corpus, terms, batches.Reader, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // When inserting fails, the reading side must not wait forever for room in the channel.
            await stopReading.CancelAsync().ConfigureAwait(false);
            await reading.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }
    }

    private static async Task ReadAsync(
        CorpusReading corpus, PassageTermCounter terms, ChannelWriter<List<CutArticle>> writer, CancellationToken cancellationToken)
    {
        try
        {
            var batch = new List<CutArticle>(BatchSize);
            foreach (var article in corpus.ReadArticles(cancellationToken))
            {
                var passages = PassageSplitter.Split(article);
                long words = 0;
                foreach (var passage in passages)
                {
                    terms.Add(passage);
                    words += passage.WordCount;
                }

                batch.Add(new CutArticle(article, passages.Count, words));
                if (batch.Count == BatchSize)
                {
                    await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
                    batch = new List<CutArticle>(BatchSize);
                }
            }

            await writer.WriteAsync(batch, cancellationToken).ConfigureAwait(false);
            writer.TryComplete();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            writer.TryComplete(new CorpusUnreadableException(e.Message, e));
        }
        catch (Exception e)
        {
            // Not handled here but handed to the inserting side, which rethrows it: a failed read must fail the
            // build, never end it early with half the corpus.
            writer.TryComplete(e);
        }
    }

    private async Task<(int Articles, int Passages)> InsertAsync(
        string path, CorpusReading corpus, PassageTermCounter terms, ChannelReader<List<CutArticle>> batches,
        IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();

        // A half-written file is thrown away, never read: no journal, no fsync until the end.
        Execute(connection, $"PRAGMA page_size={PageSize}; PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-65536;");
        Execute(connection, SqliteIndexSchema.Create);
        Execute(connection, $"INSERT INTO article_fts(article_fts, rank) VALUES ('hashsize', {FtsHashBytes})");
        using var transaction = connection.BeginTransaction();
        using var insertArticle = new BulkInsert(connection, "INSERT INTO articles VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)");
        using var insertBody = new BulkInsert(connection, "INSERT INTO article_bodies VALUES (?1, ?2, ?3)");
        using var insertText = new BulkInsert(connection, "INSERT INTO article_fts(rowid, title, text) VALUES (?1, ?2, ?3)");

        int articles = 0, passageCount = 0;
        long totalWords = 0;
        await foreach (var batch in batches.ReadAllAsync(cancellationToken).ConfigureAwait(false))
        {
            foreach (var (article, passages, words) in batch)
            {
                insertArticle.Bind(1, article.Id).Bind(2, article.Title).Bind(3, article.Outlet)
                    .Bind(4, article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Bind(5, article.Url?.ToString())
                    .Bind(6, article.Language).Bind(7, article.SourcePath).Run();
                articles++;
                insertText.Bind(1, articles).Bind(2, article.Title).Bind(3, article.Body).Run();
                insertBody.Bind(1, articles).Bind(2, article.Id).Bind(3, article.Body).Run();
                passageCount += passages;
                totalWords += words;

                progress?.Report(new ReindexProgress(articles, Math.Max(articles, corpus.ExpectedArticles), passageCount));
                cancellationToken.ThrowIfCancellationRequested();
            }
        }

        progress?.Report(new ReindexProgress(articles, articles, passageCount));
        var meta = new Dictionary<string, string>
        {
            ["schema_version"] = SqliteIndexSchema.Version,
            ["build_id"] = Guid.NewGuid().ToString("N"),
            ["fingerprint"] = corpus.Fingerprint,
            ["corpus_stamp"] = corpus.Stamp,
            ["built_at"] = timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture),
            ["article_count"] = articles.ToString(CultureInfo.InvariantCulture),
            ["passage_count"] = passageCount.ToString(CultureInfo.InvariantCulture),
            ["average_words"] = (passageCount == 0 ? 0 : totalWords / (double)passageCount).ToString("R", CultureInfo.InvariantCulture),
            ["synonyms"] = corpus.SynonymsText,
        };
        using var insertMeta = new BulkInsert(connection, "INSERT INTO meta VALUES (?1, ?2)");
        foreach (var (key, value) in meta)
        {
            insertMeta.Bind(1, key).Bind(2, value).Run();
        }

        // The batches are all read, so the reading thread has counted every passage.
        using var insertCount = new BulkInsert(connection, "INSERT INTO term_counts VALUES (?1, ?2)");
        foreach (var (term, passagesWith) in terms.PassagesWith.OrderBy(pair => pair.Stem, StringComparer.Ordinal))
        {
            insertCount.Bind(1, term).Bind(2, passagesWith).Run();
        }

        Execute(connection, "INSERT INTO article_fts(article_fts) VALUES ('optimize')");
        cancellationToken.ThrowIfCancellationRequested();
        transaction.Commit();
        return (articles, passageCount);
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}

/// <summary>An article read from the corpus, with how many passages it was cut into and their words.</summary>
internal sealed record CutArticle(Article Article, int Passages, long Words);

/// <summary>A corpus file could not be read while indexing (removed, unreadable); the build stops.</summary>
internal sealed class CorpusUnreadableException(string message, Exception innerException) : Exception(message, innerException);
