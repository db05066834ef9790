using Telegram.Bot.Types.ReplyMarkups;

namespace KforBot.Telegram.Conversation;

/// <summary>The buttons under an answer: "More sources" while there are further passages, then 👍 and 👎.</summary>
internal static class AnswerKeyboard
{
    public const string MoreSources = "More sources";
    public const string Helpful = "👍";
    public const string NotHelpful = "👎";

    public static InlineKeyboardMarkup For(long answerId, bool hasMore)
    {
        InlineKeyboardButton[] feedback =
        [
            InlineKeyboardButton.WithCallbackData(Helpful, new CallbackData(CallbackAction.Helpful, answerId).ToString()),
            InlineKeyboardButton.WithCallbackData(NotHelpful, new CallbackData(CallbackAction.NotHelpful, answerId).ToString()),
        ];
        return hasMore
            ? new InlineKeyboardMarkup([[InlineKeyboardButton.WithCallbackData(MoreSources, new CallbackData(CallbackAction.More, answerId).ToString())], feedback])
            : new InlineKeyboardMarkup([feedback]);
    }
}
