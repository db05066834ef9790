using Telegram.Bot.Types.ReplyMarkups;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// The buttons under an answer: "More sources" while there are further passages, 👍 and 👎 on the question's log
/// entry, and under a refusal "🔔 Notify me if a source appears".
/// </summary>
internal static class AnswerKeyboard
{
    public const string MoreSources = "More sources";
    public const string Helpful = "👍";
    public const string NotHelpful = "👎";
    public const string NotifyMe = "🔔 Notify me if a source appears";

    /// <param name="answerId">The answer kept in the state file, or null when it could not be kept (no "More sources").</param>
    /// <param name="entryId">The question's log entry, or null for none (no 👍/👎, no "notify me").</param>
    /// <param name="hasMore">Whether further passages can be shown.</param>
    /// <param name="offerNotify">Whether the answer is a refusal a later article might answer.</param>
    /// <returns>The keyboard, or null when there is no button to show.</returns>
    public static InlineKeyboardMarkup? For(long? answerId, string? entryId, bool hasMore, bool offerNotify)
    {
        var rows = new List<InlineKeyboardButton[]>();
        if (hasMore && answerId is { } id)
        {
            rows.Add([Button(MoreSources, CallbackAction.More, id, entryId)]);
        }

        if (entryId is not null)
        {
            var kept = answerId ?? 0;
            rows.Add([Button(Helpful, CallbackAction.Helpful, kept, entryId), Button(NotHelpful, CallbackAction.NotHelpful, kept, entryId)]);
            if (offerNotify)
            {
                rows.Add([Button(NotifyMe, CallbackAction.NotifyMe, kept, entryId)]);
            }
        }

        return rows.Count > 0 ? new InlineKeyboardMarkup(rows) : null;
    }

    private static InlineKeyboardButton Button(string text, CallbackAction action, long answerId, string? entryId) =>
        InlineKeyboardButton.WithCallbackData(text, new CallbackData(action, answerId, entryId).ToString());
}
