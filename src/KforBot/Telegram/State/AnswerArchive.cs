using KforBot.State;

namespace KforBot.Telegram.State;

/// <summary>
/// Keeps the answers shown in chats for <see cref="TelegramOptions.AnswerRetention"/>, so "More sources" keeps working
/// (callback data holds only the id). The passages shown are the interaction log's to keep: the column that once held
/// them, in files of earlier versions, gets an empty list.
/// </summary>
internal sealed class AnswerArchive(IBotStateDatabase database, TimeProvider timeProvider)
{
    public async Task<ShownAnswer> SaveAsync(long chatId, string question, int shown, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var id = (long)(await database.WriteAsync(
            """
            INSERT INTO answers (chat_id, question, shown, passages, created_at) VALUES ($chat, $question, $shown, '[]', $at);
            SELECT last_insert_rowid();
            """,
            p =>
            {
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$question", question);
                p.AddWithValue("$shown", shown);
                p.AddWithValue("$at", now.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false))!;
        return new ShownAnswer(id, chatId, question, shown, now);
    }

    /// <summary>The answer, or null when it is unknown or older than <paramref name="retention"/>.</summary>
    public async Task<ShownAnswer?> FindAsync(long id, TimeSpan retention, CancellationToken cancellationToken)
    {
        var found = await database.ReadAsync(
            "SELECT chat_id, question, shown, created_at FROM answers WHERE id = $id AND created_at >= $since",
            p =>
            {
                p.AddWithValue("$id", id);
                p.AddWithValue("$since", (timeProvider.GetUtcNow() - retention).ToUnixTimeMilliseconds());
            },
            row => new ShownAnswer(
                id,
                row.GetInt64(0),
                row.GetString(1),
                row.GetInt32(2),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(3))),
            cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public Task PruneAsync(TimeSpan retention, CancellationToken cancellationToken) =>
        database.WriteAsync(
            "DELETE FROM answers WHERE created_at < $before",
            p => p.AddWithValue("$before", (timeProvider.GetUtcNow() - retention).ToUnixTimeMilliseconds()),
            cancellationToken);
}
