using System.Globalization;
using KforBot.Answering;
using KforBot.Formatting;
using KforBot.Log;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Answers a question (or checks a pasted or forwarded claim): too-long text and users over their per-minute limit
/// get a short notice; otherwise "typing…" shows while the answering pipeline runs, and the answer or refusal is sent
/// as a reply. The typing call runs beside the answer, so a slow or failing one never delays it. Every answered
/// question is recorded in the interaction log (the user by pseudonym), and its entry id goes into the buttons.
/// </summary>
internal sealed class QuestionResponder(
    IQuestionAnswerer answerer,
    AnswerPresenter presenter,
    ChatSender sender,
    QuestionRateLimiter rateLimiter,
    IInteractionLog interactions,
    TimeProvider timeProvider,
    IOptions<TelegramOptions> options,
    LoggedIds ids,
    ILogger<QuestionResponder> logger)
{
    public async Task RespondAsync(Message message, IncomingRequest request, CancellationToken cancellationToken)
    {
        var arrived = timeProvider.GetTimestamp();
        var chat = message.Chat;
        var maxLength = options.Value.MaxQuestionLength;
        if (request.Text.Length > maxLength)
        {
            await sender.SendAsync(new OutgoingMessage(chat.Id, chat.IsGroup(), BotReplies.TooLong(maxLength), message.MessageId), cancellationToken).ConfigureAwait(false);
            return;
        }

        var userId = message.From?.Id ?? chat.Id;
        var decision = rateLimiter.Check(userId);
        if (!decision.Allowed)
        {
            Log.UserRateLimited(logger, ids.Of(userId), decision.RetryAfter.TotalSeconds);
            if (decision.Notify)
            {
                await sender.SendAsync(new OutgoingMessage(chat.Id, chat.IsGroup(), BotReplies.PleaseWait(decision.RetryAfter), message.MessageId), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var typing = sender.ShowTypingAsync(chat.Id, cancellationToken);
        var answer = await answerer.AnswerAsync(request.Text, cancellationToken).ConfigureAwait(false);
        var asker = new Asker(LogChannel.Telegram, chat.Type.ToString().ToLowerInvariant(), userId.ToString(CultureInfo.InvariantCulture));
        var entryId = interactions.Record(asker, answer, timeProvider.GetElapsedTime(arrived));
        var lead = ClaimDetector.LeadFor(request.Text, request.IsForwarded);
        await presenter.PresentAsync(chat.Id, chat.IsGroup(), answer, lead, 0, message.MessageId, entryId, cancellationToken).ConfigureAwait(false);
        await typing.ConfigureAwait(false);
        Log.QuestionAnswered(logger, ids.Of(chat.Id), answer.Kind, answer.Passages.Count);
    }
}
