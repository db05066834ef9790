using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>Reads one build of the index through one read-only connection, returned to its build when done.</summary>
internal sealed class SqlitePassageIndexReader(SqliteConnection connection, IndexBuild build, int defaultLimit)
    : IPassageIndexReader
{
    // The best articles by FTS5's BM25, then each one's passages: one range of passage ids per article.
    private static readonly string CandidatesSql = $"""
        SELECT p.id, p.article_id, p.position, p.heading, p.text, p.word_count, m.score
        FROM (SELECT rowid AS number, -bm25(article_fts, {SqliteIndexSchema.Bm25Weights}) AS score
              FROM article_fts WHERE article_fts MATCH $query ORDER BY bm25(article_fts, {SqliteIndexSchema.Bm25Weights}) LIMIT $limit) AS m
        JOIN passages AS p ON p.id BETWEEN m.number << {SqliteIndexSchema.PositionBits} AND ((m.number + 1) << {SqliteIndexSchema.PositionBits}) - 1
        ORDER BY m.score DESC, p.id
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
            candidates.Add(new PassageCandidate(
                rows.GetInt64(0), rows.GetString(1), rows.GetInt32(2), rows.IsDBNull(3) ? null : rows.GetString(3),
                rows.GetString(4), rows.GetInt32(5), rows.GetDouble(6)));
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
