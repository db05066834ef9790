using System.Globalization;
using KforBot.Answering;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Telegram.Conversation;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Notifications;

/// <summary>
/// Closes the loop on refusals after a reindex: asks the recent refused questions again (<see cref="RefusalRecheck"/>)
/// and sends each user who pressed "notify me" the answer the new index gives, with a line naming the article that
/// made it possible. Each notification is claimed in the log before it is sent, so it goes out once even when two
/// re-checks run at the same time or one runs again; a send that fails after its claim is not repeated.
/// </summary>
internal sealed class SourceNotifications(
    RefusalRecheck recheck,
    InteractionQueries queries,
    IInteractionStore store,
    IQuestionAnswerer answerer,
    AnswerPresenter presenter,
    TimeProvider timeProvider,
    LoggedIds ids,
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
            Log.RecheckFailed(logger, e);
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
            if (!long.TryParse(entry.NotifyTo, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var chatId)
                || !await store.ClaimNotificationAsync(entry.Id, timeProvider.GetUtcNow(), cancellationToken).ConfigureAwait(false))
            {
                continue;
            }

            var answer = await answerer.AnswerAsync(entry.Question, cancellationToken).ConfigureAwait(false);
            if (answer.IsRefused || answer.Passages.Count == 0)
            {
                Log.NotificationWithdrawn(logger, entry.Id);
                continue;
            }

            var source = answer.Passages.FirstOrDefault(p => p.Citation.ArticleId == entry.NowAnswerable?.ArticleId) ?? answer.Passages[0];
            var lead = BotReplies.SourceAppeared(entry.Question, entry.At, source.Citation);

            // Group chat ids are negative; the answer is not a reply (the question may be long gone), and its buttons
            // are only "More sources": the log entry is the refusal, which 👍/👎 should not be recorded against.
            await presenter.PresentAsync(chatId, isGroup: chatId < 0, answer, lead, 0, replyTo: null, entryId: null, cancellationToken).ConfigureAwait(false);
            Log.NotificationSent(logger, entry.Id, ids.Of(chatId));
            sent++;
        }

        return sent;
    }
}
