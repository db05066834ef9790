using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

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
        using (var connection = new SqliteConnection($"Data Source={databasePath};Pooling=False"))
        {
            connection.Open();
            Execute(connection, "PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF; PRAGMA locking_mode=EXCLUSIVE; PRAGMA cache_size=-65536;");
            Execute(connection, "CREATE VIRTUAL TABLE raw USING fts5(title, text, tokenize='porter unicode61 remove_diacritics 2')");
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO raw(title, text) VALUES ($title, $text)";
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            insert.Prepare();
            foreach (var (articleTitle, articleText) in Articles(corpusDirectory))
            {
                title.Value = articleTitle;
                text.Value = articleText;
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return Stopwatch.GetElapsedTime(started);
    }

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
