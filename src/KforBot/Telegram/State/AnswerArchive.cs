using System.Text.Json;

namespace KforBot.Telegram.State;

/// <summary>Keeps the answers shown in chats for <see cref="TelegramOptions.AnswerRetention"/>, so their buttons keep working.</summary>
internal sealed class AnswerArchive(BotStateDatabase database, TimeProvider timeProvider)
{
    public async Task<ShownAnswer> SaveAsync(long chatId, string question, int shown, IReadOnlyList<ShownPassage> passages, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO answers (chat_id, question, shown, passages, created_at) VALUES ($chat, $question, $shown, $passages, $at);
            SELECT last_insert_rowid();
            """;
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$question", question);
        command.Parameters.AddWithValue("$shown", shown);
        command.Parameters.AddWithValue("$passages", JsonSerializer.Serialize(passages, BotStateJsonContext.Default.IReadOnlyListShownPassage));
        command.Parameters.AddWithValue("$at", now.ToUnixTimeMilliseconds());
        var id = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
        return new ShownAnswer(id, chatId, question, shown, passages, now);
    }

    /// <summary>The answer, or null when it is unknown or older than <paramref name="retention"/>.</summary>
    public async Task<ShownAnswer?> FindAsync(long id, TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT chat_id, question, shown, passages, created_at FROM answers WHERE id = $id AND created_at >= $since";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$since", (timeProvider.GetUtcNow() - retention).ToUnixTimeMilliseconds());
        await using var row = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        if (!await row.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        var passages = JsonSerializer.Deserialize(row.GetString(3), BotStateJsonContext.Default.IReadOnlyListShownPassage) ?? [];
        return new ShownAnswer(id, row.GetInt64(0), row.GetString(1), row.GetInt32(2), passages, DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(4)));
    }

    public async Task PruneAsync(TimeSpan retention, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM answers WHERE created_at < $before";
        command.Parameters.AddWithValue("$before", (timeProvider.GetUtcNow() - retention).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
