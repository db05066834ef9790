using KforBot.Log;
using KforBot.State;
using KforBot.Telegram.Formatting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Sends the bot's messages: within flood limits, retried on passing faults, never to a chat that blocked the bot
/// (a 403 adds it to <see cref="BlockedChats"/>). HTML that Telegram cannot parse is sent again as plain text;
/// a group that became a supergroup gets the message at its new id, and every later one too (<see cref="ChatMigrations"/>).
/// Optional calls (typing, callback answers) only log their failures.
/// </summary>
internal sealed class ChatSender(
    ITelegramBotClient client,
    BotApiRetry retry,
    FloodGate floodGate,
    BlockedChats blockedChats,
    ChatMigrations migrations,
    LoggedIds ids,
    ILogger<ChatSender> logger)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    /// <summary>Replies to <paramref name="message"/> in its chat with escaped HTML.</summary>
    public Task ReplyAsync(Message message, string html, CancellationToken cancellationToken) =>
        SendAsync(new OutgoingMessage(message.Chat.Id, message.Chat.IsGroup(), html, message.MessageId), cancellationToken);

    /// <summary>Sends one message; a refusal for good, or an answer that could not be read after Telegram took it, is logged.</summary>
    public async Task SendAsync(OutgoingMessage message, CancellationToken cancellationToken)
    {
        var chatId = await migrations.ResolveAsync(message.ChatId, cancellationToken).ConfigureAwait(false);
        var replyTo = chatId == message.ChatId ? message.ReplyToMessageId : null;
        try
        {
            await SendToAsync(chatId, message.Html, ParseMode.Html, message, replyTo, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (BotApiFailure.Of(e) is { IsCantParseEntities: true } failure)
        {
            // Everything is escaped, so this is a bug; the user still gets the answer, without formatting.
            Diagnostics.HtmlRejected(logger, ids.Of(LogChannel.Telegram, chatId), failure.Description);
            await SendToAsync(chatId, TelegramHtml.ToPlainText(message.Html), ParseMode.None, message, replyTo, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (e.Parameters?.MigrateToChatId is { } newChatId)
        {
            await FollowMigrationAsync(chatId, newChatId, cancellationToken).ConfigureAwait(false);
            await SendToAsync(newChatId, message.Html, ParseMode.Html, message, replyTo: null, cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (BotApiFailure.Of(e).Kind == BotApiFailureKind.BadRequest)
        {
            Diagnostics.MessageRejected(logger, "sendMessage", ids.Of(LogChannel.Telegram, chatId), e.Message);
        }
    }

    /// <summary>Sends every later message for <paramref name="chatId"/> to <paramref name="newChatId"/>, the supergroup the group became.</summary>
    public async Task FollowMigrationAsync(long chatId, long newChatId, CancellationToken cancellationToken)
    {
        if (await migrations.RecordAsync(chatId, newChatId, cancellationToken).ConfigureAwait(false))
        {
            Diagnostics.ChatMigrated(logger, ids.Of(LogChannel.Telegram, chatId), ids.Of(LogChannel.Telegram, newChatId));
        }
    }

    /// <summary>Replaces the buttons under a message; "not modified" and other refusals are logged and ignored.</summary>
    public async Task EditKeyboardAsync(long chatId, int messageId, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken)
    {
        chatId = await migrations.ResolveAsync(chatId, cancellationToken).ConfigureAwait(false);
        if (await blockedChats.IsBlockedAsync(chatId, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        try
        {
            await retry.ExecuteAsync("editMessageReplyMarkup", ct => client.EditMessageReplyMarkup(chatId, messageId, keyboard, cancellationToken: ct), cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (BotApiFailure.Of(e).Kind is BotApiFailureKind.BadRequest or BotApiFailureKind.Forbidden)
        {
            Diagnostics.MessageRejected(logger, "editMessageReplyMarkup", ids.Of(LogChannel.Telegram, chatId), e.Message);
        }
        catch (AcknowledgedCallException)
        {
            // Done, by Telegram's word; BotApiRetry logged the unreadable answer.
        }
    }

    /// <summary>Shows "typing…" in the chat. Optional: a failure is logged, never thrown, and never retried.</summary>
    public Task ShowTypingAsync(long chatId, CancellationToken cancellationToken) =>
        OptionalAsync("sendChatAction", ct => client.SendChatAction(chatId, ChatAction.Typing, cancellationToken: ct), cancellationToken);

    /// <summary>Stops the button's spinner, with an optional short notice. Optional: failures (a stale query) are logged.</summary>
    public Task AnswerCallbackAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        OptionalAsync("answerCallbackQuery", ct => client.AnswerCallbackQuery(callbackQueryId, text, cancellationToken: ct), cancellationToken);

    private async Task OptionalAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken)
    {
        try
        {
            await call(cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException e) when (BotApiFailure.Of(e) is { IsFatal: false } failure)
        {
            Diagnostics.OptionalCallFailed(logger, method, failure.Kind, failure.Description);
        }
    }

    private async Task SendToAsync(long chatId, string text, ParseMode parseMode, OutgoingMessage message, int? replyTo, CancellationToken cancellationToken)
    {
        if (await blockedChats.IsBlockedAsync(chatId, cancellationToken).ConfigureAwait(false))
        {
            Diagnostics.SkippedBlockedChat(logger, ids.Of(LogChannel.Telegram, chatId));
            return;
        }

        await floodGate.WaitAsync(chatId, message.IsGroup, cancellationToken).ConfigureAwait(false);
        var replyParameters = replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null;
        try
        {
            await retry.ExecuteAsync(
                "sendMessage",
                ct => client.SendMessage(chatId, text, parseMode, replyParameters, message.Keyboard, NoPreview, cancellationToken: ct),
                cancellationToken).ConfigureAwait(false);
        }
        catch (ApiRequestException e) when (BotApiFailure.Of(e).Kind == BotApiFailureKind.Forbidden)
        {
            Diagnostics.ChatBlocked(logger, ids.Of(LogChannel.Telegram, chatId), e.Message);
            await blockedChats.BlockAsync(chatId, e.Message, cancellationToken).ConfigureAwait(false);
        }
        catch (AcknowledgedCallException)
        {
            // Sent, by Telegram's word, though the message it returned could not be read: the user has it.
        }
    }
}
