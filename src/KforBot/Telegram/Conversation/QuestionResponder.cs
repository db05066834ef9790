using System.Globalization;
using KforBot.Conversation;
using KforBot.Formatting;
using KforBot.Log;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Answers a question (or checks a pasted or forwarded claim): too-long text and users over their per-minute limit
/// get a short notice; otherwise "typing…" shows while the <see cref="QuestionDesk"/> answers and records it, and the
/// answer or refusal is sent as a reply, the log entry's id in its buttons. The typing call runs beside the answer, so
/// a slow or failing one never delays it.
/// </summary>
internal sealed class QuestionResponder(
    QuestionDesk desk,
    AnswerPresenter presenter,
    ChatSender sender,
    QuestionRateLimiter rateLimiter,
    IOptions<TelegramOptions> options,
    LoggedIds ids,
    ILogger<QuestionResponder> logger)
{
    public async Task RespondAsync(Message message, IncomingRequest request, CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        var maxLength = options.Value.MaxQuestionLength;
        if (request.Text.Length > maxLength)
        {
            await sender.ReplyAsync(message, BotReplies.TooLong(maxLength), cancellationToken).ConfigureAwait(false);
            return;
        }

        var userId = message.From?.Id ?? chat.Id;
        var decision = rateLimiter.Check(userId);
        if (!decision.Allowed)
        {
            Diagnostics.UserRateLimited(logger, ids.Of(userId), decision.RetryAfter.TotalSeconds);
            if (decision.Notify)
            {
                await sender.ReplyAsync(message, Replies.PleaseWait(decision.RetryAfter), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var typing = sender.ShowTypingAsync(chat.Id, cancellationToken);
        var asker = new Asker(LogChannel.Telegram, chat.Type.ToString().ToLowerInvariant(), userId.ToString(CultureInfo.InvariantCulture));
        var asked = await desk.AskAsync(asker, request.Text, cancellationToken).ConfigureAwait(false);
        if (asked.IsThanks)
        {
            await sender.ReplyAsync(message, TelegramHtml.Escape(BotReplies.ThankYou), cancellationToken).ConfigureAwait(false);
        }
        else
        {
            var lead = ClaimDetector.LeadFor(request.Text, request.IsForwarded);
            await presenter.PresentAsync(chat.Id, chat.IsGroup(), asked.Answer, lead, 0, message.MessageId, asked.EntryId, cancellationToken).ConfigureAwait(false);
        }

        await typing.ConfigureAwait(false);
        Diagnostics.QuestionAnswered(logger, ids.Of(chat.Id), asked.Answer.Kind, asked.Answer.Passages.Count);
    }
}
