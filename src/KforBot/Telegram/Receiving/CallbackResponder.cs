using KforBot.Conversation;
using KforBot.Log;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Handles the buttons under an answer: "More sources" sends the next passages below the answer and removes the
/// button; 👍 and 👎 are recorded on the question's entry in the interaction log, for moderators; "notify me" asks the
/// log to have the answer sent to this chat should a later reindex find one. Every press is acknowledged
/// (answerCallbackQuery), with the conversation's notice: "this answer has expired" for an answer no longer kept,
/// "cannot look it up now" when the state file cannot be read.
/// </summary>
internal sealed class CallbackResponder(
    QuestionDesk desk,
    RequestDesk room,
    AnswerArchive archive,
    AnswerPresenter presenter,
    ChatSender sender)
{
    public async Task RespondAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        if (!CallbackData.TryParse(query.Data, out var data))
        {
            await sender.AnswerCallbackAsync(query.Id, BotReplies.UnknownButton, cancellationToken).ConfigureAwait(false);
            return;
        }

        var notice = data.Action switch
        {
            CallbackAction.More => null,
            // The chat the button is in: in a group, the answer goes to the group where the question was asked.
            CallbackAction.NotifyMe => room.NotifyMe(data.EntryId!, LogChannel.Telegram, query.Message?.Chat.Id ?? query.From.Id),
            CallbackAction.Helpful => desk.RecordFeedback(data.EntryId!, Feedback.Up),
            CallbackAction.NotHelpful => desk.RecordFeedback(data.EntryId!, Feedback.Down),
        };
        await (notice is null ? SendMoreAsync(query, data, cancellationToken) : sender.AnswerCallbackAsync(query.Id, notice, cancellationToken)).ConfigureAwait(false);
    }

    private async Task SendMoreAsync(CallbackQuery query, CallbackData data, CancellationToken cancellationToken)
    {
        var more = await archive.MoreAsync(data.AnswerId, cancellationToken).ConfigureAwait(false);
        await sender.AnswerCallbackAsync(query.Id, more.Notice, cancellationToken).ConfigureAwait(false);
        if (more is not { Shown: { } shown, Next: { } next })
        {
            return;
        }

        var chatId = query.Message?.Chat.Id ?? shown.ChatId;
        if (more.Kind == MoreSourcesKind.Found)
        {
            var isGroup = query.Message?.Chat.IsGroup() ?? shown.ChatId < 0;
            await presenter.PresentAsync(chatId, isGroup, next, Replies.MoreLead, shown.Shown, query.Message?.MessageId, data.EntryId, cancellationToken).ConfigureAwait(false);
        }

        // The passages are now below (or there are none): the answer keeps only its feedback buttons.
        if (query.Message is { } message)
        {
            await sender.EditKeyboardAsync(chatId, message.MessageId, AnswerKeyboard.For(shown.Id, data.EntryId, hasMore: false, offerNotify: false), cancellationToken).ConfigureAwait(false);
        }
    }
}
