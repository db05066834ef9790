using KforBot.Answering;
using KforBot.Log;
using KforBot.Log.Storage;
using Microsoft.Extensions.Logging;

namespace KforBot.Conversation.FollowUp;

/// <summary>
/// Closes the loop on refusals after a reindex: asks the recent refused questions again (<see cref="RefusalRecheck"/>)
/// and sends each user who pressed "notify me" the answer the new index gives, with a line naming the article that
/// made it possible. Each notification is claimed in the log before it is sent, so it goes out once even when two
/// re-checks run at the same time or one runs again; a send that fails after its claim is not repeated. The answers go
/// out through the channel that took the address (<see cref="IAnswerDelivery"/>); without one, refusals are re-checked
/// and marked, and nothing is sent.
/// </summary>
internal sealed partial class SourceNotifications(
    RefusalRecheck recheck,
    InteractionQueries queries,
    IInteractionLog log,
    IQuestionAnswerer answerer,
    IEnumerable<IAnswerDelivery> deliveries,
    ILogger<SourceNotifications> logger)
{
    /// <summary>Re-checks the refusals and sends the notifications due; returns how many questions the re-check newly answered.</summary>
    public async Task<int> RecheckAndNotifyAsync(CancellationToken cancellationToken)
    {
        var answerable = await recheck.RecheckAsync(cancellationToken).ConfigureAwait(false);
        await NotifyDueAsync(cancellationToken).ConfigureAwait(false);
        return answerable.Count;
    }

    /// <summary>
    /// Runs <see cref="RecheckAndNotifyAsync"/> (or, without <paramref name="recheckFirst"/>, only
    /// <see cref="NotifyDueAsync"/>) without letting a failure reach the caller: it runs beside the bot, and a log
    /// file that cannot be read now is read again after the next reindex.
    /// </summary>
    public async Task RunInBackgroundAsync(bool recheckFirst, CancellationToken cancellationToken)
    {
        try
        {
            if (recheckFirst)
            {
                await RecheckAndNotifyAsync(cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await NotifyDueAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The bot is stopping; the marks written so far stay, the rest waits for the next reindex.
        }
        catch (Exception e)
        {
            // A deliberate catch-all: this is the boundary of a background job, and the bot must go on answering.
            LogRecheckFailed(logger, e);
        }
    }

    /// <summary>Sends the notifications due (answered by a re-check, not sent yet); returns how many were sent.</summary>
    public async Task<int> NotifyDueAsync(CancellationToken cancellationToken)
    {
        var due = new List<InteractionEntry>();
        await foreach (var entry in queries.NotificationsDueAsync(cancellationToken).ConfigureAwait(false))
        {
            due.Add(entry);
        }

        var sent = 0;
        foreach (var entry in due)
        {
            var delivery = deliveries.FirstOrDefault(d => entry.NotifyTo is { } address && d.CanDeliverTo(address));
            if (delivery is null || !await log.ClaimNotificationAsync(entry.Id, cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var answer = await answerer.AnswerAsync(entry.Question, cancellationToken).ConfigureAwait(false);
            if (answer.IsRefused || answer.Passages.Count == 0)
            {
                LogNotificationWithdrawn(logger, entry.Id);
                continue;
            }

            var source = answer.Passages.FirstOrDefault(p => p.Citation.ArticleId == entry.NowAnswerable?.ArticleId) ?? answer.Passages[0];
            var lead = Replies.SourceAppeared(entry.Question, entry.At, source.Citation);

            // The log entry is the refusal, which 👍/👎 should not be recorded against: the delivery offers none.
            await delivery.DeliverAsync(entry.NotifyTo!, answer, lead, cancellationToken).ConfigureAwait(false);
            LogNotificationSent(logger, entry.Id);
            sent++;
        }

        return sent;
    }

    [LoggerMessage(1307, LogLevel.Information, "Entry {EntryId}: the answer a new source made possible was sent")]
    private static partial void LogNotificationSent(ILogger logger, string entryId);

    [LoggerMessage(1308, LogLevel.Warning, "Entry {EntryId}: a new source had answered it, but the current index refuses it again; no notification sent")]
    private static partial void LogNotificationWithdrawn(ILogger logger, string entryId);

    [LoggerMessage(1309, LogLevel.Error, "The re-check of refusals or its notifications failed; they are tried again after the next reindex")]
    internal static partial void LogRecheckFailed(ILogger logger, Exception exception);
}
