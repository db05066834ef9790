using System.Text.Json;

namespace KforBot.Telegram.State;

/// <summary>Keeps the answers shown in chats for <see cref="TelegramOptions.AnswerRetention"/>, so their buttons keep working.</summary>
internal sealed class AnswerArchive(IBotStateDatabase database, TimeProvider timeProvider)
{
    public async Task<ShownAnswer> SaveAsync(long chatId, string question, int shown, IReadOnlyList<ShownPassage> passages, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var id = (long)(await database.WriteAsync(
            """
            INSERT INTO answers (chat_id, question, shown, passages, created_at) VALUES ($chat, $question, $shown, $passages, $at);
            SELECT last_insert_rowid();
            """,
            p =>
            {
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$question", question);
                p.AddWithValue("$shown", shown);
                p.AddWithValue("$passages", JsonSerializer.Serialize(passages, BotStateJsonContext.Default.IReadOnlyListShownPassage));
                p.AddWithValue("$at", now.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false))!;
        return new ShownAnswer(id, chatId, question, shown, passages, now);
    }

    /// <summary>The answer, or null when it is unknown or older than <paramref name="retention"/>.</summary>
    public async Task<ShownAnswer?> FindAsync(long id, TimeSpan retention, CancellationToken cancellationToken)
    {
        var found = await database.ReadAsync(
            "SELECT chat_id, question, shown, passages, created_at FROM answers WHERE id = $id AND created_at >= $since",
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
                JsonSerializer.Deserialize(row.GetString(3), BotStateJsonContext.Default.IReadOnlyListShownPassage) ?? [],
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(4))),
            cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    public Task PruneAsync(TimeSpan retention, CancellationToken cancellationToken) =>
        database.WriteAsync(
            "DELETE FROM answers WHERE created_at < $before",
            p => p.AddWithValue("$before", (timeProvider.GetUtcNow() - retention).ToUnixTimeMilliseconds()),
            cancellationToken);
}
