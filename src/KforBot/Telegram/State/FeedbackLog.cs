using System.Globalization;
using System.Text.Json;

namespace KforBot.Telegram.State;

/// <summary>
/// Records 👍 and 👎 with the question, the passages shown, the time, the user and the chat, for moderators to
/// review. A user's second vote on the same answer replaces the first.
/// </summary>
internal sealed class FeedbackLog(IBotStateDatabase database, TimeProvider timeProvider)
{
    /// <param name="answer">The answer voted on.</param>
    /// <param name="chatId">The chat it is in now (a group that became a supergroup has a new id).</param>
    /// <param name="userId">Who voted.</param>
    /// <param name="helpful">👍 or 👎.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <exception cref="BotStateException">The state file could not be written.</exception>
    public Task RecordAsync(ShownAnswer answer, long chatId, long userId, bool helpful, CancellationToken cancellationToken) =>
        database.WriteAsync(
            """
            INSERT INTO feedback (answer_id, chat_id, user_id, vote, question, passages, recorded_at)
            VALUES ($answer, $chat, $user, $vote, $question, $passages, $at)
            """,
            p =>
            {
                p.AddWithValue("$answer", answer.Id);
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$user", userId);
                p.AddWithValue("$vote", helpful ? "up" : "down");
                p.AddWithValue("$question", answer.Question);
                p.AddWithValue("$passages", JsonSerializer.Serialize(answer.Passages, BotStateJsonContext.Default.IReadOnlyListShownPassage));
                p.AddWithValue("$at", timeProvider.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            },
            cancellationToken);
}
