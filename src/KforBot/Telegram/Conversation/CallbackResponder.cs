using KforBot.Answering;
using KforBot.Telegram.Sending;
using KforBot.Telegram.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Handles the buttons under an answer: "More sources" sends the next passages below the answer and removes the
/// button; 👍 and 👎 are recorded for moderators. Every press is acknowledged (answerCallbackQuery), and a press on
/// an answer no longer kept gets a polite "this answer has expired". When the state file cannot be used, the user
/// is told that the press could not be handled now, and the log says what was not recorded.
/// </summary>
internal sealed class CallbackResponder(
    IQuestionAnswerer answerer,
    AnswerArchive archive,
    FeedbackLog feedback,
    ChatMigrations migrations,
    AnswerPresenter presenter,
    ChatSender sender,
    IOptions<TelegramOptions> options,
    ILogger<CallbackResponder> logger)
{
    public async Task RespondAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        if (!CallbackData.TryParse(query.Data, out var data))
        {
            await sender.AnswerCallbackAsync(query.Id, BotReplies.UnknownButton, cancellationToken).ConfigureAwait(false);
            return;
        }

        ShownAnswer? shown;
        try
        {
            shown = await archive.FindAsync(data.AnswerId, options.Value.AnswerRetention, cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            Log.StateNotRead(logger, $"answer {data.AnswerId} for a button press", e.Message);
            await sender.AnswerCallbackAsync(query.Id, BotReplies.RecordsUnavailable, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (shown is null)
        {
            Log.CallbackExpired(logger, data.AnswerId);
            await sender.AnswerCallbackAsync(query.Id, BotReplies.Expired, cancellationToken).ConfigureAwait(false);
            return;
        }

        if (data.Action == CallbackAction.More)
        {
            await SendMoreAsync(query, shown, cancellationToken).ConfigureAwait(false);
            return;
        }

        var helpful = data.Action == CallbackAction.Helpful;
        var chatId = await migrations.ResolveAsync(shown.ChatId, cancellationToken).ConfigureAwait(false);
        try
        {
            await feedback.RecordAsync(shown, chatId, query.From.Id, helpful, cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            Log.StateNotRecorded(logger, $"feedback on answer {shown.Id} (helpful={helpful})", e.Message);
            await sender.AnswerCallbackAsync(query.Id, BotReplies.FeedbackNotRecorded, cancellationToken).ConfigureAwait(false);
            return;
        }

        Log.FeedbackRecorded(logger, shown.Id, helpful);
        await sender.AnswerCallbackAsync(query.Id, helpful ? BotReplies.ThanksHelpful : BotReplies.ThanksNotHelpful, cancellationToken).ConfigureAwait(false);
    }

    private async Task SendMoreAsync(CallbackQuery query, ShownAnswer shown, CancellationToken cancellationToken)
    {
        var chatId = query.Message?.Chat.Id ?? shown.ChatId;
        var isGroup = query.Message?.Chat.IsGroup() ?? shown.ChatId < 0;
        var next = await answerer.AnswerAsync(shown.Question, shown.Shown, cancellationToken).ConfigureAwait(false);
        var found = next.Kind == AnswerKind.Answered && next.Passages.Count > 0;
        await sender.AnswerCallbackAsync(query.Id, found ? null : BotReplies.NoMorePassages, cancellationToken).ConfigureAwait(false);
        if (found)
        {
            await presenter.PresentAsync(chatId, isGroup, next, BotReplies.MoreLead, shown.Shown, query.Message?.MessageId, cancellationToken).ConfigureAwait(false);
        }

        // The passages are now below (or there are none): the answer keeps only its feedback buttons.
        if (query.Message is { } message)
        {
            await sender.EditKeyboardAsync(chatId, message.MessageId, AnswerKeyboard.For(shown.Id, hasMore: false), cancellationToken).ConfigureAwait(false);
        }
    }
}
