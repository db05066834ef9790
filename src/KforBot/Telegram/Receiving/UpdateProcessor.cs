using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Handles one update at most once: claims it in the <see cref="UpdateLedger"/>, hands it to its responder (messages,
/// button presses, membership changes; edited messages are ignored), and records it once the reply was sent. Both
/// receivers (long polling and webhook) go through here.
/// </summary>
internal sealed class UpdateProcessor(
    UpdateLedger ledger,
    MessageResponder messages,
    CallbackResponder callbacks,
    MembershipTracker membership,
    ILogger<UpdateProcessor> logger)
{
    public async Task<UpdateOutcome> ProcessAsync(Update update, CancellationToken cancellationToken)
    {
        if (!await ledger.TryBeginAsync(update.Id, cancellationToken).ConfigureAwait(false))
        {
            Diagnostics.DuplicateUpdate(logger, update.Id);
            return UpdateOutcome.Duplicate;
        }

        try
        {
            await RouteAsync(update, cancellationToken).ConfigureAwait(false);
        }
        catch (RequestException e) when (BotApiFailure.Of(e) is { IsTransient: true } failure)
        {
            // Retries ran out: leave the update unrecorded so it comes back and is answered once Telegram is reachable.
            ledger.Abandon(update.Id);
            Diagnostics.UpdateDeferred(logger, update.Id, failure.Kind, failure.Description);
            return UpdateOutcome.Deferred;
        }
        catch (Exception e) when (e is OperationCanceledException || (e is RequestException api && BotApiFailure.Of(api).IsFatal))
        {
            ledger.Abandon(update.Id);
            throw;
        }
        catch (Exception e)
        {
            // The loop boundary for one update: a bug or a bad update must not stop the bot nor come back forever,
            // so it is logged and recorded as handled.
            Diagnostics.UpdateFailed(logger, update.Id, e);
        }

        await ledger.CompleteAsync(update.Id, cancellationToken).ConfigureAwait(false);
        return UpdateOutcome.Handled;
    }

    private Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { } message)
        {
            return messages.RespondAsync(message, cancellationToken);
        }

        if (update.CallbackQuery is { } query)
        {
            return callbacks.RespondAsync(query, cancellationToken);
        }

        if (update.MyChatMember is { } change)
        {
            return membership.TrackAsync(change, cancellationToken);
        }

        Diagnostics.UpdateIgnored(logger, update.Id, update.EditedMessage is not null ? "an edited message" : "a kind the bot does not handle");
        return Task.CompletedTask;
    }
}
