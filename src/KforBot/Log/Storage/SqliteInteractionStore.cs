using Microsoft.Data.Sqlite;

namespace KforBot.Log.Storage;

/// <summary>Writes the interaction log's SQLite file.</summary>
internal sealed class SqliteInteractionStore(LogDatabase database) : IInteractionStore
{
    public async Task ApplyAsync(IReadOnlyList<LogChange> changes, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        foreach (var change in changes)
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            Bind(command, change);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
    }

    public Task<int> ForgetAsync(string user, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM interactions WHERE user_id = $user", p => p.AddWithValue("$user", user), cancellationToken);

    public Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken) =>
        ExecuteAsync("DELETE FROM interactions WHERE at_ms < $cutoff", p => p.AddWithValue("$cutoff", cutoff.ToUnixTimeMilliseconds()), cancellationToken);

    public async Task<bool> ClaimNotificationAsync(string id, DateTimeOffset at, CancellationToken cancellationToken) =>
        await ExecuteAsync(
            """
            UPDATE interactions SET notified_ms = $at
            WHERE id = $id AND notify_to IS NOT NULL AND now_answerable_ms IS NOT NULL AND notified_ms IS NULL
            """,
            p =>
            {
                p.AddWithValue("$id", id);
                p.AddWithValue("$at", at.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false) == 1;

    private async Task<int> ExecuteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void Bind(SqliteCommand command, LogChange change)
    {
        var p = command.Parameters;
        switch (change)
        {
            case LogChange.Add(var e):
                command.CommandText = """
                    INSERT OR IGNORE INTO interactions(
                        id, at_ms, channel, chat_type, user_id, raw_user_id, question, refused, reason, passages,
                        index_version, latency_ms, feedback, status, note, uncovered_terms,
                        now_answerable_ms, now_answerable_article, notify_to, notified_ms)
                    VALUES ($id, $at, $channel, $chatType, $user, $rawUser, $question, $refused, $reason, $passages,
                        $indexVersion, $latency, $feedback, $status, $note, $terms,
                        $answerableAt, $answerableArticle, $notifyTo, $notifiedAt)
                    """;
                p.AddWithValue("$id", e.Id);
                p.AddWithValue("$at", e.At.ToUnixTimeMilliseconds());
                p.AddWithValue("$channel", LogNames.Of(e.Channel));
                p.AddWithValue("$chatType", e.ChatType);
                p.AddWithValue("$user", e.User);
                p.AddWithValue("$rawUser", (object?)e.RawUserId ?? DBNull.Value);
                p.AddWithValue("$question", e.Question);
                p.AddWithValue("$refused", e.Refused);
                p.AddWithValue("$reason", (object?)e.Reason ?? DBNull.Value);
                p.AddWithValue("$passages", LogJson.Passages(e.Passages));
                p.AddWithValue("$indexVersion", e.IndexVersion);
                p.AddWithValue("$latency", e.LatencyMs);
                p.AddWithValue("$feedback", e.Feedback is { } f ? LogNames.Of(f) : DBNull.Value);
                p.AddWithValue("$status", LogNames.Of(e.Status));
                p.AddWithValue("$note", (object?)e.Note ?? DBNull.Value);
                p.AddWithValue("$terms", LogJson.Terms(e.UncoveredTerms));
                p.AddWithValue("$answerableAt", e.NowAnswerable is { } answerable ? answerable.At.ToUnixTimeMilliseconds() : DBNull.Value);
                p.AddWithValue("$answerableArticle", (object?)e.NowAnswerable?.ArticleId ?? DBNull.Value);
                p.AddWithValue("$notifyTo", (object?)e.NotifyTo ?? DBNull.Value);
                p.AddWithValue("$notifiedAt", e.NotifiedAt is { } sent ? sent.ToUnixTimeMilliseconds() : DBNull.Value);
                break;
            case LogChange.SetFeedback(var id, var feedback):
                command.CommandText = "UPDATE interactions SET feedback = $feedback WHERE id = $id";
                p.AddWithValue("$id", id);
                p.AddWithValue("$feedback", feedback is { } vote ? LogNames.Of(vote) : DBNull.Value);
                break;
            case LogChange.SetStatus(var id, var status, var note):
                command.CommandText = "UPDATE interactions SET status = $status, note = $note WHERE id = $id";
                p.AddWithValue("$id", id);
                p.AddWithValue("$status", LogNames.Of(status));
                p.AddWithValue("$note", (object?)note ?? DBNull.Value);
                break;
            case LogChange.SetNotifyMe(var id, var notifyTo):
                // Only an answer not yet sent can be subscribed to or cancelled.
                command.CommandText = "UPDATE interactions SET notify_to = $to WHERE id = $id AND notified_ms IS NULL";
                p.AddWithValue("$id", id);
                p.AddWithValue("$to", (object?)notifyTo ?? DBNull.Value);
                break;
            case LogChange.MarkNowAnswerable(var id, var mark):
                command.CommandText = "UPDATE interactions SET now_answerable_ms = $at, now_answerable_article = $article WHERE id = $id";
                p.AddWithValue("$id", id);
                p.AddWithValue("$at", mark.At.ToUnixTimeMilliseconds());
                p.AddWithValue("$article", mark.ArticleId);
                break;
            default:
                throw new ArgumentException($"{change.GetType().Name} is not applied in a batch.", nameof(change));
        }
    }
}
