using KforBot.Conversation;
using KforBot.Log;
using KforBot.State;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Hands a message addressed to the bot to the conversation (<see cref="RequestDesk"/>), whose replies go back as
/// Telegram HTML in reply to it. A user who writes again is no longer blocked. The service message of a group that
/// became a supergroup records the move, so the bot's messages follow the group.
/// </summary>
internal sealed class MessageResponder(
    BotLifecycle lifecycle,
    RequestDesk room,
    ChatSender sender,
    AnswerPresenter presenter,
    BlockedChats blockedChats,
    LoggedIds ids,
    ILogger<MessageResponder> logger)
{
    public async Task RespondAsync(Message message, CancellationToken cancellationToken)
    {
        var me = lifecycle.Me ?? throw new InvalidOperationException("A message arrived before the bot knew its own name (getMe).");
        if (message.MigrateToChatId is { } newChatId)
        {
            await sender.FollowMigrationAsync(message.Chat.Id, newChatId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var request = MessageAddressing.Read(message, me);
        if (request.Kind == RequestKind.Ignored)
        {
            Diagnostics.MessageIgnored(logger, ids.Of(LogChannel.Telegram, message.Chat?.Id ?? 0));
            return;
        }

        // The user writes to the bot again, so a block recorded earlier is over.
        await blockedChats.UnblockAsync(message.Chat.Id, cancellationToken).ConfigureAwait(false);
        await room.RespondAsync(request, message.Chat.CallerFor(message.From), new MessageReplies(message, sender, presenter), cancellationToken).ConfigureAwait(false);
    }
}
