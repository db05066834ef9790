namespace KforBot.Telegram.Api;

// The bodies of the Bot API calls the bot makes. Null fields are left out of the JSON.

internal sealed record EmptyRequest;

internal sealed record GetUpdatesRequest(long? Offset, int Limit, int Timeout, IReadOnlyList<string> AllowedUpdates);

internal sealed record SendMessageRequest(
    long ChatId,
    string Text,
    string? ParseMode = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    ReplyParameters? ReplyParameters = null,
    InlineKeyboardMarkup? ReplyMarkup = null);

internal sealed record EditMessageTextRequest(
    long ChatId,
    long MessageId,
    string Text,
    string? ParseMode = null,
    LinkPreviewOptions? LinkPreviewOptions = null,
    InlineKeyboardMarkup? ReplyMarkup = null);

internal sealed record EditMessageReplyMarkupRequest(long ChatId, long MessageId, InlineKeyboardMarkup? ReplyMarkup);

internal sealed record AnswerCallbackQueryRequest(string CallbackQueryId, string? Text = null, bool? ShowAlert = null);

internal sealed record SendChatActionRequest(long ChatId, string Action);

internal sealed record SetMyCommandsRequest(IReadOnlyList<BotCommand> Commands);

internal sealed record BotCommand(string Command, string Description);

internal sealed record SetWebhookRequest(
    string Url,
    string SecretToken,
    IReadOnlyList<string> AllowedUpdates,
    int? MaxConnections = null,
    bool? DropPendingUpdates = null);

internal sealed record DeleteWebhookRequest(bool? DropPendingUpdates = null);

internal sealed record LinkPreviewOptions(bool IsDisabled);

internal sealed record ReplyParameters(long MessageId, bool AllowSendingWithoutReply = true);

internal sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

internal sealed record InlineKeyboardButton(string Text, string CallbackData);
