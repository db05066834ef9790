using System.Globalization;
using KforBot.Conversation;
using KforBot.Log;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Handles the buttons under an answer: "More sources" sends the next passages below the answer and removes the
/// button; 👍 and 👎 are recorded on the question's entry in the interaction log, for moderators; "notify me" asks the
/// log to have the answer sent to this chat should a later reindex find one. Every press is acknowledged
/// (answerCallbackQuery). "More sources" on an answer no longer kept gets a polite "this answer has expired"; when the
/// state file cannot be read, the user is told that the press could not be handled now.
/// </summary>
internal sealed class CallbackResponder(
    QuestionDesk desk,
    AnswerArchive archive,
    AnswerPresenter presenter,
    ChatSender sender,
    IOptions<TelegramOptions> options,
    LoggedIds ids,
    ILogger<CallbackResponder> logger)
{
    public async Task RespondAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        if (!CallbackData.TryParse(query.Data, out var data))
        {
            await sender.AnswerCallbackAsync(query.Id, BotReplies.UnknownButton, cancellationToken).ConfigureAwait(false);
            return;
        }

        switch (data.Action)
        {
            case CallbackAction.More:
                await SendMoreAsync(query, data, cancellationToken).ConfigureAwait(false);
                break;
            case CallbackAction.NotifyMe:
                // The chat the button is in: in a group, the answer goes to the group where the question was asked.
                var chatId = query.Message?.Chat.Id ?? query.From.Id;
                desk.NotifyMe(data.EntryId!, chatId.ToString(CultureInfo.InvariantCulture));
                Diagnostics.NotifyMeSet(logger, data.EntryId!, ids.Of(chatId));
                await sender.AnswerCallbackAsync(query.Id, Replies.WillNotify, cancellationToken).ConfigureAwait(false);
                break;
            default:
                var helpful = data.Action == CallbackAction.Helpful;
                desk.RecordFeedback(data.EntryId!, helpful ? Feedback.Up : Feedback.Down);
                await sender.AnswerCallbackAsync(query.Id, helpful ? Replies.ThanksHelpful : Replies.ThanksNotHelpful, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    private async Task SendMoreAsync(CallbackQuery query, CallbackData data, CancellationToken cancellationToken)
    {
        var more = await archive.MoreAsync(data.AnswerId, options.Value.AnswerRetention, cancellationToken).ConfigureAwait(false);
        if (more is not { Shown: { } shown, Next: { } next })
        {
            var notice = more.Kind == MoreSourcesKind.Unavailable ? Replies.AnswersUnavailable : Replies.AnswerExpired;
            await sender.AnswerCallbackAsync(query.Id, notice, cancellationToken).ConfigureAwait(false);
            return;
        }

        var chatId = query.Message?.Chat.Id ?? shown.ChatId;
        var isGroup = query.Message?.Chat.IsGroup() ?? shown.ChatId < 0;
        var found = more.Kind == MoreSourcesKind.Found;
        await sender.AnswerCallbackAsync(query.Id, found ? null : Replies.NoMorePassages, cancellationToken).ConfigureAwait(false);
        if (found)
        {
            await presenter.PresentAsync(chatId, isGroup, next, Replies.MoreLead, shown.Shown, query.Message?.MessageId, data.EntryId, cancellationToken).ConfigureAwait(false);
        }

        // The passages are now below (or there are none): the answer keeps only its feedback buttons.
        if (query.Message is { } message)
        {
            await sender.EditKeyboardAsync(chatId, message.MessageId, AnswerKeyboard.For(shown.Id, data.EntryId, hasMore: false, offerNotify: false), cancellationToken).ConfigureAwait(false);
        }
    }
}
