using System.Globalization;
using KforBot.Answering;
using KforBot.Conversation;
using KforBot.Log;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Operators;
using KforBot.Telegram.Receiving;
using KforBot.Telegram.Sending;
using KforBot.Telegram.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Replies to a message addressed to the bot: /start, /help, /sources, /privacy, /forget, the operators' /reindex and
/// /stats, a question, or a short notice. The service
/// message of a group that became a supergroup records the move, so the bot's messages follow the group.
/// </summary>
internal sealed class MessageResponder(
    BotLifecycle lifecycle,
    QuestionResponder questions,
    QuestionDesk desk,
    OperatorResponder operators,
    ChatSender sender,
    ISourceCatalog sources,
    BlockedChats blockedChats,
    ChatMigrations migrations,
    IOptions<AnsweringOptions> answering,
    IOptions<LogOptions> logOptions,
    LoggedIds ids,
    ILogger<MessageResponder> logger)
{
    public async Task RespondAsync(Message message, CancellationToken cancellationToken)
    {
        var me = lifecycle.Me ?? throw new InvalidOperationException("A message arrived before the bot knew its own name (getMe).");
        if (message.MigrateToChatId is { } newChatId)
        {
            await migrations.RecordAsync(message.Chat.Id, newChatId, cancellationToken).ConfigureAwait(false);
            return;
        }

        var request = MessageAddressing.Read(message, me);
        if (request.Kind == RequestKind.Ignored)
        {
            Diagnostics.MessageIgnored(logger, ids.Of(message.Chat?.Id ?? 0));
            return;
        }

        // The user writes to the bot again, so a block recorded earlier is over.
        await blockedChats.UnblockAsync(message.Chat.Id, cancellationToken).ConfigureAwait(false);
        switch (request.Kind)
        {
            case RequestKind.Question:
                await questions.RespondAsync(message, request, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Start or RequestKind.Help:
                var catalog = await sources.ListAsync(cancellationToken).ConfigureAwait(false);
                var help = BotReplies.Help(catalog.Count, answering.Value.EffectiveExampleQuestions, request.Kind == RequestKind.Start);
                await sender.ReplyAsync(message, help, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Sources:
                var list = BotReplies.Sources(await sources.ListAsync(cancellationToken).ConfigureAwait(false));
                foreach (var part in AnswerHtmlFormatter.Pack(list, separator: "\n"))
                {
                    await sender.ReplyAsync(message, part, cancellationToken).ConfigureAwait(false);
                }

                break;
            case RequestKind.Privacy:
                await sender.ReplyAsync(message, TelegramHtml.Escape(PrivacyNotice.Text(logOptions.Value)), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Forget:
                var userId = (message.From?.Id ?? message.Chat.Id).ToString(CultureInfo.InvariantCulture);
                var forgotten = await desk.ForgetAsync(LogChannel.Telegram, userId, cancellationToken).ConfigureAwait(false);
                await sender.ReplyAsync(message, TelegramHtml.Escape(forgotten), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Reindex or RequestKind.Stats:
                await operators.RespondAsync(message, request.Kind, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.AskWithoutQuestion:
                await sender.ReplyAsync(message, TelegramHtml.Escape(BotReplies.AskWithoutQuestion), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.UnknownCommand:
                await sender.ReplyAsync(message, TelegramHtml.Escape(BotReplies.UnknownCommand), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.NonText:
                await sender.ReplyAsync(message, TelegramHtml.Escape(BotReplies.NonText), cancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
