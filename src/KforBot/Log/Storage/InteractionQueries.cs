using System.Runtime.CompilerServices;
using System.Text;
using Microsoft.Data.Sqlite;

namespace KforBot.Log.Storage;

/// <summary>Reads the interaction log: listings, one entry, refusals to re-check, notifications due.</summary>
internal sealed class InteractionQueries(LogDatabase database)
{
    private const string Columns = """
        id, at_ms, channel, chat_type, user_id, raw_user_id, question, refused, reason, passages, index_version,
        latency_ms, feedback, status, note, uncovered_terms, now_answerable_ms, now_answerable_article, notify_to, notified_ms
        """;

    /// <summary>The entries the filter lets through, newest first.</summary>
    public IAsyncEnumerable<InteractionEntry> ListAsync(InteractionFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        var page = filter.Limit is { } n ? $" LIMIT {n}" : filter.Offset is null ? string.Empty : " LIMIT -1";
        page += filter.Offset is { } skip ? $" OFFSET {skip}" : string.Empty;
        return ReadAsync($"SELECT {Columns} FROM interactions {where} ORDER BY at_ms DESC, id DESC{page}", parameters, cancellationToken);
    }

    /// <summary>How many entries the filter lets through (its limit and offset aside), refused, with 👍 and with 👎.</summary>
    public async Task<LogSummary> SummarizeAsync(InteractionFilter filter, CancellationToken cancellationToken)
    {
        var (where, parameters) = Where(filter);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT count(*), coalesce(sum(refused), 0), coalesce(sum(feedback = 'up'), 0), coalesce(sum(feedback = 'down'), 0)
            FROM interactions {where}
            """;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await row.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new LogSummary(row.GetInt32(0), row.GetInt32(1), row.GetInt32(2), row.GetInt32(3));
    }

    private static (string Where, List<(string Name, object Value)> Parameters) Where(InteractionFilter filter)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object)>();
        if (filter.RefusedOnly)
        {
            where.Append(" AND refused = 1");
        }

        if (filter.AnsweredOnly)
        {
            where.Append(" AND refused = 0");
        }

        if (filter.Feedback is { } feedback)
        {
            where.Append(" AND feedback = $feedback");
            parameters.Add(("$feedback", LogNames.Of(feedback)));
        }

        if (filter.Status is { } status)
        {
            where.Append(" AND status = $status");
            parameters.Add(("$status", LogNames.Of(status)));
        }

        if (filter.Since is { } since)
        {
            where.Append(" AND at_ms >= $since");
            parameters.Add(("$since", since.ToUnixTimeMilliseconds()));
        }

        if (filter.Until is { } until)
        {
            where.Append(" AND at_ms < $until");
            parameters.Add(("$until", until.ToUnixTimeMilliseconds()));
        }

        if (!string.IsNullOrEmpty(filter.Text))
        {
            // The searched text is matched literally: its own % and _ are escaped.
            where.Append(@" AND question LIKE '%' || $text || '%' ESCAPE '\'");
            parameters.Add(("$text", filter.Text.Replace(@"\", @"\\", StringComparison.Ordinal).Replace("%", @"\%", StringComparison.Ordinal).Replace("_", @"\_", StringComparison.Ordinal)));
        }

        return (where.ToString(), parameters);
    }

    public async Task<InteractionEntry?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await foreach (var entry in ReadAsync($"SELECT {Columns} FROM interactions WHERE id = $id", [("$id", id)], cancellationToken).ConfigureAwait(false))
        {
            return entry;
        }

        return null;
    }

    /// <summary>Refusals recorded since <paramref name="since"/> that no re-check has answered yet, oldest first.</summary>
    public IAsyncEnumerable<InteractionEntry> UnansweredRefusalsAsync(DateTimeOffset since, CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {Columns} FROM interactions WHERE refused = 1 AND now_answerable_ms IS NULL AND at_ms >= $since ORDER BY at_ms",
            [("$since", since.ToUnixTimeMilliseconds())],
            cancellationToken);

    /// <summary>Entries whose asker wants the answer, that a re-check has answered, and whose notification is not sent yet.</summary>
    public IAsyncEnumerable<InteractionEntry> NotificationsDueAsync(CancellationToken cancellationToken) =>
        ReadAsync(
            $"SELECT {Columns} FROM interactions WHERE notify_to IS NOT NULL AND now_answerable_ms IS NOT NULL AND notified_ms IS NULL ORDER BY at_ms",
            [],
            cancellationToken);

    /// <summary>The counts of <c>/stats</c>; "today" starts at <paramref name="todayStart"/>.</summary>
    /// <exception cref="IOException">The log file cannot be read now.</exception>
    public async Task<LogStatistics> StatisticsAsync(DateTimeOffset todayStart, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = """
                SELECT COALESCE(SUM(at_ms >= $today), 0), COALESCE(SUM(at_ms >= $today AND refused = 1), 0),
                       COALESCE(SUM(feedback = $up), 0), COALESCE(SUM(feedback = $down), 0),
                       COALESCE(SUM(now_answerable_ms IS NOT NULL), 0)
                FROM interactions
                """;
            command.Parameters.AddWithValue("$today", todayStart.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$up", LogNames.Of(Feedback.Up));
            command.Parameters.AddWithValue("$down", LogNames.Of(Feedback.Down));
            await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await row.ReadAsync(cancellationToken).ConfigureAwait(false);
            return new LogStatistics(row.GetInt64(0), row.GetInt64(1), row.GetInt64(2), row.GetInt64(3), row.GetInt64(4));
        }
        catch (SqliteException e)
        {
            // Callers outside the log's storage speak of files, not of SQLite.
            throw new IOException($"The interaction log '{database.Path}' cannot be read: {e.Message}", e);
        }
    }

    private async IAsyncEnumerable<InteractionEntry> ReadAsync(
        string sql, IReadOnlyList<(string Name, object Value)> parameters, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return Read(rows);
        }
    }

    private static InteractionEntry Read(SqliteDataReader row) =>
        new(
            Id: row.GetString(0),
            At: DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(1)),
            Channel: LogNames.Channel(row.GetString(2)),
            ChatType: row.GetString(3),
            User: row.GetString(4),
            RawUserId: row.IsDBNull(5) ? null : row.GetString(5),
            Question: row.GetString(6),
            Refused: row.GetBoolean(7),
            Reason: row.IsDBNull(8) ? null : row.GetString(8),
            UncoveredTerms: LogJson.ReadTerms(row.GetString(15)),
            Passages: LogJson.ReadPassages(row.GetString(9)),
            IndexVersion: row.GetString(10),
            LatencyMs: row.GetDouble(11))
        {
            Feedback = LogNames.FeedbackOf(row.IsDBNull(12) ? null : row.GetString(12)),
            Status = LogNames.Status(row.GetString(13)) ?? ModerationStatus.New,
            Note = row.IsDBNull(14) ? null : row.GetString(14),
            NowAnswerable = row.IsDBNull(16) ? null : new NowAnswerable(DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(16)), row.GetString(17)),
            NotifyTo = row.IsDBNull(18) ? null : row.GetString(18),
            NotifiedAt = row.IsDBNull(19) ? null : DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(19)),
        };
}

/// <summary>How many entries, how many of them refused, and how many got 👍 and 👎.</summary>
internal sealed record LogSummary(int Questions, int Refused, int Up, int Down);
