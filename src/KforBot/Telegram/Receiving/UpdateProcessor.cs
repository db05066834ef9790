using KforBot.Telegram.Api;
using KforBot.Telegram.Conversation;
using KforBot.Telegram.State;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Handles one update at most once: claims it in the <see cref="UpdateLedger"/>, routes it, and records it once
/// the reply was sent. Both receivers (long polling and webhook) go through here.
/// </summary>
internal sealed class UpdateProcessor(UpdateLedger ledger, UpdateRouter router, ILogger<UpdateProcessor> logger)
{
    public async Task<UpdateOutcome> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        if (!await ledger.TryBeginAsync(update.UpdateId, cancellationToken).ConfigureAwait(false))
        {
            Log.DuplicateUpdate(logger, update.UpdateId);
            return UpdateOutcome.Duplicate;
        }

        try
        {
            await router.RouteAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e) when (e.IsTransient)
        {
            // Retries ran out: leave the update unrecorded so it comes back and is answered once Telegram is reachable.
            ledger.Abandon(update.UpdateId);
            Log.UpdateDeferred(logger, update.UpdateId, e.Method, e.Kind);
            return UpdateOutcome.Deferred;
        }
        catch (Exception e) when (e is OperationCanceledException or BotApiException { IsFatal: true })
        {
            ledger.Abandon(update.UpdateId);
            throw;
        }
        catch (Exception e)
        {
            // The loop boundary for one update: a bug or a bad update must not stop the bot nor come back forever,
            // so it is logged and recorded as handled.
            Log.UpdateFailed(logger, update.UpdateId, e);
        }

        await ledger.CompleteAsync(update.UpdateId, cancellationToken).ConfigureAwait(false);
        return UpdateOutcome.Handled;
    }
}
