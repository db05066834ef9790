using KforBot.Telegram.Api;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.State;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Sends the bot's messages: within flood limits, retried on passing faults, never to a chat that blocked the bot
/// (a 403 adds it to <see cref="BlockedChats"/>). HTML that Telegram cannot parse is sent again as plain text;
/// a group that became a supergroup gets the message at its new id. Optional calls (typing, callback answers) only log their failures.
/// </summary>
internal sealed class ChatSender(
    BotApiClient client,
    BotApiRetry retry,
    FloodGate floodGate,
    BlockedChats blockedChats,
    ILogger<ChatSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new(IsDisabled: true);

    /// <summary>Sends one message; returns it as sent, or null when Telegram refused it for good (logged).</summary>
    public async Task<Message?> SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var request = new SendMessageRequest(
            message.ChatId,
            message.Html,
            "HTML",
            NoPreview,
            message.ReplyToMessageId is { } replyTo ? new ReplyParameters(replyTo) : null,
            message.Keyboard);
        try
        {
            return await SendRequestAsync(request, message.IsGroup, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.IsCantParseEntities)
        {
            // Everything is escaped, so this is a bug; the user still gets the answer, without formatting.
            Log.HtmlRejected(logger, message.ChatId, e.Description);
            var plain = request with { Text = TelegramHtml.ToPlainText(message.Html), ParseMode = null };
            return await SendRequestAsync(plain, message.IsGroup, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.MigrateToChatId is { } newChatId)
        {
            Log.ChatMigrated(logger, message.ChatId, newChatId);
            return await SendRequestAsync(request with { ChatId = newChatId, ReplyParameters = null }, message.IsGroup, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.Kind == BotApiErrorKind.BadRequest)
        {
            Log.MessageRejected(logger, "sendMessage", message.ChatId, e.Description);
            return null;
        }
    }

    /// <summary>Replaces the buttons under a message; "not modified" and other refusals are logged and ignored.</summary>
    public async Task EditKeyboardAsync(long chatId, long messageId, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        if (await blockedChats.IsBlockedAsync(chatId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await retry.ExecuteAsync(ct => client.EditMessageReplyMarkupAsync(new EditMessageReplyMarkupRequest(chatId, messageId, keyboard), ct), cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.Kind is BotApiErrorKind.BadRequest or BotApiErrorKind.Forbidden)
        {
            Log.MessageRejected(logger, "editMessageReplyMarkup", chatId, e.Description);
        }
    }

    /// <summary>Shows "typing…" in the chat. Optional: a failure is logged, never thrown, and never retried.</summary>
    public async Task ShowTypingAsync(long chatId, CancellationToken cancellationToken)
    {
        try
        {
            await client.SendChatActionAsync(new SendChatActionRequest(chatId, "typing"), cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (!e.IsFatal)
        {
            Log.OptionalCallFailed(logger, e.Method, e.Kind, e.Description);
        }
    }

    /// <summary>Stops the button's spinner, with an optional short notice. Optional: failures (a stale query) are logged.</summary>
    public async Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken)
    {
        try
        {
            await client.AnswerCallbackQueryAsync(new AnswerCallbackQueryRequest(callbackQueryId, text), cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (!e.IsFatal)
        {
            Log.OptionalCallFailed(logger, e.Method, e.Kind, e.Description);
        }
    }

    private async Task<Message?> SendRequestAsync(SendMessageRequest request, bool isGroup, CancellationToken cancellationToken)
    {
        if (await blockedChats.IsBlockedAsync(request.ChatId, cancellationToken).ConfigureAwait(false))
        {
            Log.SkippedBlockedChat(logger, request.ChatId);
            return null;
        }

        await floodGate.WaitAsync(request.ChatId, isGroup, cancellationToken).ConfigureAwait(false);
        try
        {
            return await retry.ExecuteAsync(ct => client.SendMessageAsync(request, ct), cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.Kind == BotApiErrorKind.Forbidden)
        {
            Log.ChatBlocked(logger, request.ChatId, e.Description);
            await blockedChats.BlockAsync(request.ChatId, e.Description, cancellationToken).ConfigureAwait(false);
            return null;
        }
    }
}
