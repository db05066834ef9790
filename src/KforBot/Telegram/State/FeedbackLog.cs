using System.Globalization;
using System.Text.Json;

namespace KforBot.Telegram.State;

/// <summary>
/// Records 👍 and 👎 with the question, the passages shown, the time, the user and the chat, for moderators to
/// review. A user's second vote on the same answer replaces the first.
/// </summary>
internal sealed class FeedbackLog(BotStateDatabase database, TimeProvider timeProvider)
{
    public async Task RecordAsync(ShownAnswer answer, long userId, bool helpful, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feedback (answer_id, chat_id, user_id, vote, question, passages, recorded_at)
            VALUES ($answer, $chat, $user, $vote, $question, $passages, $at)
            """;
        command.Parameters.AddWithValue("$answer", answer.Id);
        command.Parameters.AddWithValue("$chat", answer.ChatId);
        command.Parameters.AddWithValue("$user", userId);
        command.Parameters.AddWithValue("$vote", helpful ? "up" : "down");
        command.Parameters.AddWithValue("$question", answer.Question);
        command.Parameters.AddWithValue("$passages", JsonSerializer.Serialize(answer.Passages, BotStateJsonContext.Default.IReadOnlyListShownPassage));
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
