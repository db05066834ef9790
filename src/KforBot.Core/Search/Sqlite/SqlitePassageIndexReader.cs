using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;

namespace KforBot.Search.Sqlite;

/// <summary>Reads one build of the index through one read-only connection.</summary>
internal sealed class SqlitePassageIndexReader(SqliteConnection connection, IndexBuildMetadata metadata, int defaultLimit)
    : IPassageIndexReader
{
    private const string CandidatesSql = $"""
        SELECT p.id, p.article_id, p.position, p.heading, p.text, p.word_count, m.score
        FROM (SELECT rowid AS id, -bm25(passage_fts, {SqliteIndexSchema.Bm25Weights}) AS score
              FROM passage_fts WHERE passage_fts MATCH $query ORDER BY bm25(passage_fts, {SqliteIndexSchema.Bm25Weights}) LIMIT $limit) AS m
        JOIN passages AS p ON p.id = m.id
        ORDER BY m.score DESC
        """;

    private readonly Dictionary<string, int> _termCounts = new(StringComparer.Ordinal);

    public IndexSummary Summary => metadata.Summary;

    public SynonymMap Synonyms => metadata.Synonyms;

    public IReadOnlyDictionary<string, IndexedArticle> Articles => metadata.Articles;

    public async Task<IReadOnlyList<PassageCandidate>> FindCandidatesAsync(
        IReadOnlyList<QueryTermGroup> groups, int limit, CancellationToken cancellationToken)
    {
        var query = FtsQueryBuilder.Build(groups);
        if (query is null)
        {
            return [];
        }

        await using var command = connection.CreateCommand();
        command.CommandText = CandidatesSql;
        command.Parameters.AddWithValue("$query", query);
        command.Parameters.AddWithValue("$limit", limit > 0 ? limit : defaultLimit);
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

    public async Task<int> CountPassagesContainingAsync(TermSequence sequence, CancellationToken cancellationToken)
    {
        var smallest = int.MaxValue;
        foreach (var term in sequence.Terms)
        {
            smallest = Math.Min(smallest, await CountTermAsync(term, cancellationToken).ConfigureAwait(false));
        }

        return smallest == int.MaxValue ? 0 : smallest;
    }

    public ValueTask DisposeAsync() => connection.DisposeAsync();

    private async Task<int> CountTermAsync(string term, CancellationToken cancellationToken)
    {
        if (_termCounts.TryGetValue(term, out var known))
        {
            return known;
        }

        await using var command = connection.CreateCommand();
        // Only the passage text counts: a word of an article's title would otherwise count in all its passages.
        command.CommandText = "SELECT doc FROM passage_terms WHERE term = $term AND col = 'text'";
        command.Parameters.AddWithValue("$term", term);
        var count = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is long value ? (int)value : 0;
        _termCounts[term] = count;
        return count;
    }
}
