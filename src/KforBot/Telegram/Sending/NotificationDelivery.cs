using System.Globalization;
using KforBot.Answering;
using KforBot.Conversation.FollowUp;
using KforBot.Log;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Sending;

/// <summary>Sends a "notify me" answer to the Telegram chat the button was pressed in (its id is the address).</summary>
internal sealed class NotificationDelivery(AnswerPresenter presenter, LoggedIds ids, ILogger<NotificationDelivery> logger) : IAnswerDelivery
{
    public bool CanDeliverTo(string address) => long.TryParse(address, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _);

    public async Task DeliverAsync(string address, Answer answer, string lead, CancellationToken cancellationToken)
    {
        // Group chat ids are negative; the answer is not a reply (the question may be long gone), and its buttons
        // are only "More sources": the log entry is the refusal, which 👍/👎 should not be recorded against.
        var chatId = long.Parse(address, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        await presenter.PresentAsync(chatId, isGroup: chatId < 0, answer, lead, 0, replyTo: null, entryId: null, cancellationToken).ConfigureAwait(false);
        Diagnostics.NotificationSent(logger, ids.Of(LogChannel.Telegram, chatId));
    }
}
