using System.Collections;
using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>
/// The articles of one build, read from the index as they are asked for: a question needs the few articles its
/// passages cite, and reading all 100,000 at start-up would cost most of a second and tens of megabytes. Listing
/// them all (the sources command) reads them all once. It has a connection of its own, opened on the build's
/// file, since readers come and go; its build closes it once the build is replaced and no reader uses it.
/// </summary>
internal sealed class ArticleCatalog(SqliteConnection connection, int count) : IReadOnlyDictionary<string, IndexedArticle>, IDisposable
{
    private const string Columns = "id, title, outlet, published, url, language";
    private readonly ConcurrentDictionary<string, IndexedArticle?> _known = new(StringComparer.Ordinal);
    private readonly Lock _lock = new();
    private bool _disposed;
    private IReadOnlyDictionary<string, IndexedArticle>? _all;

    public int Count => count;

    public IEnumerable<string> Keys => All().Keys;

    public IEnumerable<IndexedArticle> Values => All().Values;

    public IndexedArticle this[string key] => TryGetValue(key, out var article) ? article : throw new KeyNotFoundException($"No article '{key}' in the index.");

    public bool ContainsKey(string key) => TryGetValue(key, out _);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out IndexedArticle value)
    {
        value = _known.GetOrAdd(key, id =>
        {
            lock (_lock)
            {
                using var command = Connection().CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM articles WHERE id = $id";
                command.Parameters.AddWithValue("$id", id);
                using var rows = command.ExecuteReader();
                return rows.Read() ? Read(rows) : null;
            }
        });
        return value is not null;
    }

    public IEnumerator<KeyValuePair<string, IndexedArticle>> GetEnumerator() => All().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            connection.Dispose();
        }
    }

    private IReadOnlyDictionary<string, IndexedArticle> All()
    {
        lock (_lock)
        {
            if (_all is null)
            {
                var all = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
                using var command = Connection().CreateCommand();
                command.CommandText = $"SELECT {Columns} FROM articles";
                using var rows = command.ExecuteReader();
                while (rows.Read())
                {
                    var article = Read(rows);
                    all[article.Id] = article;
                }

                _all = all;
            }

            return _all;
        }
    }

    private SqliteConnection Connection()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        return connection;
    }

    public static IndexedArticle Read(SqliteDataReader rows)
    {
        var published = rows.IsDBNull(3) ? (DateOnly?)null : DateOnly.ParseExact(rows.GetString(3), "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var url = rows.IsDBNull(4) ? null : new Uri(rows.GetString(4));
        return new IndexedArticle(rows.GetString(0), rows.GetString(1), rows.GetString(2), published, url, rows.GetString(5));
    }
}
