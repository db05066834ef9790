using System.Diagnostics;
using System.Text.Json;
using KforBot.Corpus;
using KforBot.Search.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// The floor a reindex cannot beat: the corpus's articles inserted into a plain FTS5 table (title and text, the
/// bot's tokenizer), in one transaction, with nothing else: no validation, no passages, no metadata.
/// </summary>
internal static class RawFtsInsert
{
    public static TimeSpan Run(string corpusDirectory, string databasePath)
    {
        File.Delete(databasePath);
        var started = Stopwatch.GetTimestamp();
        Insert(databasePath, "title, text", ArticleRows(corpusDirectory), withIndexStorage: false);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// FTS5's own share of that floor: the same rows read beforehand (not timed) and inserted into a file with the
    /// index's storage settings (page size, FTS5's in-memory hash). A build reads on one core while SQLite inserts on
    /// the other, so it can beat the floor above, which reads and inserts in turn; it cannot beat this one.
    /// </summary>
    public static TimeSpan RunInsertOnly(string corpusDirectory, string databasePath)
    {
        File.Delete(databasePath);
        var rows = ArticleRows(corpusDirectory).ToList();
        var started = Stopwatch.GetTimestamp();
        Insert(databasePath, "title, text", rows, withIndexStorage: true);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <summary>
    /// The same floor for one row per passage (the heading and the passage, and the article's title with its first
    /// passage), read and split beforehand and not timed: how the bot's index once held them. The gap between the
    /// two floors is what indexing passages rather than whole articles would cost FTS5 itself.
    /// </summary>
    public static TimeSpan RunPassages(string corpusDirectory, string databasePath)
    {
        File.Delete(databasePath);
        var corpus = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Open(corpusDirectory);
        var rows = corpus.ReadArticles(CancellationToken.None)
            .SelectMany(article => PassageSplitter.Split(article).Select(p => new[] { p.Position == 0 ? article.Title : null, p.Heading, p.Text }))
            .ToList();
        var started = Stopwatch.GetTimestamp();
        Insert(databasePath, "title, heading, text", rows, withIndexStorage: false);
        return Stopwatch.GetElapsedTime(started);
    }

    /// <param name="withIndexStorage">Whether the file gets the index's page size and FTS5 hash size (else SQLite's defaults).</param>
    private static void Insert(string databasePath, string columns, IEnumerable<string?[]> rows, bool withIndexStorage)
    {
        using var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False");
        connection.Open();
        var pageSize = withIndexStorage ? $"PRAGMA page_size={SqliteIndexWriter.PageSize}; " : string.Empty;
        Execute(connection, pageSize + "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-65536;");
        Execute(connection, $"CREATE VIRTUAL TABLE raw USING fts5({columns}, tokenize='porter unicode61 remove_diacritics 2')");
        if (withIndexStorage)
        {
            Execute(connection, $"INSERT INTO raw(raw, rank) VALUES ('hashsize', {SqliteIndexWriter.FtsHashBytes})");
        }

        using var transaction = connection.BeginTransaction();
        using var insert = connection.CreateCommand();
        var names = columns.Split(", ");
        insert.CommandText = $"INSERT INTO raw({columns}) VALUES ({string.Join(", ", names.Select(n => "$" + n))})";
        var parameters = names.Select(n => insert.Parameters.Add("$" + n, SqliteType.Text)).ToArray();
        insert.Prepare();
        foreach (var row in rows)
        {
            for (var i = 0; i < parameters.Length; i++)
            {
                parameters[i].Value = (object?)row[i] ?? DBNull.Value;
            }

            insert.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    private static IEnumerable<string?[]> ArticleRows(string corpusDirectory) =>
        Articles(corpusDirectory).Select(a => new string?[] { a.Title, a.Text });

    private static IEnumerable<(string Title, string Text)> Articles(string corpusDirectory)
    {
        foreach (var path in Directory.EnumerateFiles(corpusDirectory).Order(StringComparer.Ordinal))
        {
            if (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                yield return (Path.GetFileNameWithoutExtension(path), File.ReadAllText(path));
            }
            else if (path.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase))
            {
                foreach (var line in File.ReadLines(path).Where(line => line.Length > 0))
                {
                    using var document = JsonDocument.Parse(line);
                    yield return (document.RootElement.GetProperty("title").GetString() ?? string.Empty, document.RootElement.GetProperty("text").GetString() ?? string.Empty);
                }
            }
        }
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
