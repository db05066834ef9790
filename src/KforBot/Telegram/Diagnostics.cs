using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram;

/// <summary>
/// Every log line of the Telegram bot. None carries the token or a URL (the token is part of every Bot API URL),
/// nor user text at Information level: chats and users appear by their log pseudonym only (see <see cref="Log.LoggedIds"/>).
/// </summary>
internal static partial class Diagnostics
{
    [LoggerMessage(1002, LogLevel.Warning, "Bot API {Method} failed ({Kind}); retry {Attempt} in {DelayMs:F0} ms")]
    public static partial void Retrying(ILogger logger, string method, BotApiFailureKind kind, int attempt, double delayMs);

    [LoggerMessage(1007, LogLevel.Warning, "Bot API {Method}: Telegram acknowledged the call (\"ok\": true) but its result could not be read; it is not made again")]
    public static partial void AcknowledgedButUnreadable(ILogger logger, string method);

    [LoggerMessage(1003, LogLevel.Warning, "Optional Bot API call {Method} failed ({Kind}: {Description}); the bot goes on")]
    public static partial void OptionalCallFailed(ILogger logger, string method, BotApiFailureKind kind, string description);

    [LoggerMessage(1004, LogLevel.Warning, "Bot API {Method} failed ({Kind}: {Description}); trying again in {DelayMs:F0} ms, for as long as it fails (logged once a minute)")]
    public static partial void CallFailing(ILogger logger, string method, BotApiFailureKind kind, string description, double delayMs);

    [LoggerMessage(1005, LogLevel.Warning, "Bot API {Method} still failing after {Seconds:F0} s and {Failures} tries ({Kind}: {Description}); still trying")]
    public static partial void CallStillFailing(ILogger logger, string method, double seconds, int failures, BotApiFailureKind kind, string description);

    [LoggerMessage(1006, LogLevel.Information, "Bot API {Method} got through again after {Seconds:F0} s and {Failures} failed tries")]
    public static partial void CallRecovered(ILogger logger, string method, double seconds, int failures);

    [LoggerMessage(1100, LogLevel.Information, "Bot @{Username} (id {BotId}) started in {Mode} mode")]
    public static partial void BotStarted(ILogger logger, string username, long botId, TelegramMode mode);

    [LoggerMessage(1101, LogLevel.Critical, "The bot stops: {Reason}")]
    public static partial void BotStopped(ILogger logger, string reason);

    [LoggerMessage(1102, LogLevel.Information, "Long polling started (timeout {TimeoutSeconds} s)")]
    public static partial void PollingStarted(ILogger logger, int timeoutSeconds);

    [LoggerMessage(1107, LogLevel.Critical, "Long polling failed")]
    public static partial void PollingFailed(ILogger logger, Exception exception);

    [LoggerMessage(1104, LogLevel.Information, "Webhook registered for host {Host}")]
    public static partial void WebhookSet(ILogger logger, string host);

    [LoggerMessage(1105, LogLevel.Information, "Webhook removed")]
    public static partial void WebhookRemoved(ILogger logger);

    [LoggerMessage(1106, LogLevel.Warning, "Webhook request from {Remote} rejected: missing or wrong secret token")]
    public static partial void WebhookRejected(ILogger logger, string remote);

    [LoggerMessage(1200, LogLevel.Debug, "Update {UpdateId} skipped: handled already or under way")]
    public static partial void DuplicateUpdate(ILogger logger, long updateId);

    [LoggerMessage(1201, LogLevel.Warning, "Update {UpdateId} deferred: a Bot API call failed ({Kind}: {Description}) after retries; it will be handled when delivered again")]
    public static partial void UpdateDeferred(ILogger logger, long updateId, BotApiFailureKind kind, string description);

    [LoggerMessage(1202, LogLevel.Error, "Update {UpdateId} failed and is skipped")]
    public static partial void UpdateFailed(ILogger logger, long updateId, Exception exception);

    [LoggerMessage(1203, LogLevel.Debug, "Update {UpdateId} ignored: {What}")]
    public static partial void UpdateIgnored(ILogger logger, long updateId, string what);

    [LoggerMessage(1204, LogLevel.Debug, "Message in chat {Chat} ignored: not addressed to the bot")]
    public static partial void MessageIgnored(ILogger logger, string chat);

    [LoggerMessage(1400, LogLevel.Warning, "Chat {Chat}: the bot may no longer write there ({Reason})")]
    public static partial void ChatBlocked(ILogger logger, string chat, string reason);

    [LoggerMessage(1401, LogLevel.Debug, "Chat {Chat} blocked the bot; message not sent")]
    public static partial void SkippedBlockedChat(ILogger logger, string chat);

    [LoggerMessage(1402, LogLevel.Error, "Chat {Chat}: Telegram refused the HTML ({Description}); sent as plain text")]
    public static partial void HtmlRejected(ILogger logger, string chat, string description);

    [LoggerMessage(1403, LogLevel.Information, "Chat {Chat} became supergroup {NewChat}; its messages go there from now on")]
    public static partial void ChatMigrated(ILogger logger, string chat, string newChat);

    [LoggerMessage(1404, LogLevel.Warning, "{Method} to chat {Chat} refused: {Description}")]
    public static partial void MessageRejected(ILogger logger, string method, string chat, string description);

    [LoggerMessage(1205, LogLevel.Warning, "Update ids of bot {BotId} went back: the server had confirmed every id below {ConfirmedBelow} and now delivers {UpdateId}. The sequence started again (a restarted server, or Telegram's new start after a quiet week); the earlier ids are forgotten so that no new update is skipped")]
    public static partial void UpdateIdsWentBack(ILogger logger, long botId, long confirmedBelow, long updateId);

    [LoggerMessage(1311, LogLevel.Information, "A notification was sent to chat {Chat}")]
    public static partial void NotificationSent(ILogger logger, string chat);
}
