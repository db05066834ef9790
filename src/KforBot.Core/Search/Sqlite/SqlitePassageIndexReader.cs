using KforBot.Corpus;
using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>Reads one build of the index through one read-only connection, returned to its build when done.</summary>
internal sealed class SqlitePassageIndexReader(SqliteConnection connection, IndexBuild build, int defaultLimit)
    : IPassageIndexReader
{
    // The best articles by FTS5's BM25, each with its body, whose passages are the candidates.
    private static readonly string CandidatesSql = $"""
        SELECT m.number, b.article_id, b.body, m.score
        FROM (SELECT rowid AS number, -bm25(article_fts, {SqliteIndexSchema.Bm25Weights}) AS score
              FROM article_fts WHERE article_fts MATCH $query ORDER BY bm25(article_fts, {SqliteIndexSchema.Bm25Weights}) LIMIT $limit) AS m
        JOIN article_bodies AS b ON b.number = m.number
        ORDER BY m.score DESC, m.number
        """;

    private bool _disposed;

    public IndexSummary Summary => build.Metadata.Summary;

    public SynonymMap Synonyms => build.Metadata.Synonyms;

    public IReadOnlyDictionary<string, IndexedArticle> Articles => build.Metadata.Articles;

    public async Task<IReadOnlyList<PassageCandidate>> FindCandidatesAsync(
        IReadOnlyList<QueryTermGroup> groups, int articleLimit, CancellationToken cancellationToken)
    {
        var limit = articleLimit > 0 ? articleLimit : defaultLimit;
        foreach (var term in groups.SelectMany(g => g.Alternatives).SelectMany(a => a.Terms).Distinct(StringComparer.Ordinal))
        {
            await CountTermAsync(term, cancellationToken).ConfigureAwait(false);
        }

        var (query, fallback) = CandidatePlan.Choose(groups, term => build.TermCounts.GetValueOrDefault(term), limit);
        if (query is null)
        {
            return [];
        }

        var candidates = await RunAsync(query, limit, cancellationToken).ConfigureAwait(false);
        return candidates.Count == 0 && fallback is not null
            ? await RunAsync(fallback, limit, cancellationToken).ConfigureAwait(false)
            : candidates;
    }

    public async Task<int> CountPassagesContainingAsync(TermSequence sequence, CancellationToken cancellationToken)
    {
        var smallest = int.MaxValue;
        foreach (var term in sequence.Terms)
        {
            smallest = Math.Min(smallest, await CountTermAsync(term, cancellationToken).ConfigureAwait(false));
        }

        return smallest == int.MaxValue ? 0 : smallest;
    }

    public ValueTask DisposeAsync()
    {
        if (!_disposed)
        {
            _disposed = true;
            build.Return(connection);
        }

        return ValueTask.CompletedTask;
    }

    private async Task<List<PassageCandidate>> RunAsync(string query, int limit, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = CandidatesSql;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit);
        var candidates = new List<PassageCandidate>();
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var number = rows.GetInt64(0);
            var score = rows.GetDouble(3);
            foreach (var passage in PassageSplitter.Split(rows.GetString(1), rows.GetString(2)))
            {
                candidates.Add(new PassageCandidate(
                    SqliteIndexSchema.PassageId(number, passage.Position), passage.ArticleId, passage.Position, passage.Heading,
                    passage.Text, passage.WordCount, score));
            }
        }

        return candidates;
    }

    /// <summary>Passages whose text (not title or heading) holds the stem.</summary>
    private async Task<int> CountTermAsync(string term, CancellationToken cancellationToken)
    {
        if (build.TermCounts.TryGetValue(term, out var known))
        {
            return known;
        }

        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT passages FROM term_counts WHERE term = $term";
        command.Parameters.AddWithValue("$term", term);
        var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? (int)value : 0;
        build.TermCounts[term] = count;
        return count;
    }
}
