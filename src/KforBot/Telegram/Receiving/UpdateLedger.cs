using System.Collections.Concurrent;
using KforBot.State;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Remembers which updates were handled, so an update delivered again (after a restart, or twice by the server) is
/// answered once, and never skips a new one. Update ids are unique only per bot, so records carry the bot's id; and a
/// bot's sequence can start again (a test server restarted, or Telegram choosing a new start after a week without
/// updates), so the getUpdates offset the server last confirmed is kept too: the server never hands out an update
/// below it again, and an id below it starts a new sequence, whose earlier records are forgotten.
/// An update is claimed in memory while it is handled and recorded in <see cref="HandledUpdates"/> once its answer was
/// sent. When the state file cannot be used the bot goes on answering, and logs what it could not record.
/// </summary>
internal sealed class UpdateLedger(HandledUpdates records, TimeProvider timeProvider, ILogger<UpdateLedger> logger)
{
    // Telegram keeps an unconfirmed update 24 hours at most: an id handled longer ago cannot be a re-delivery.
    private static readonly TimeSpan RedeliveryWindow = TimeSpan.FromHours(24);

    private readonly ConcurrentDictionary<long, byte> _inFlight = new();
    private long _botId;
    private long _confirmedBelow;
    private long _sequenceStartedAt;

    /// <summary>Reads what is kept for this bot; called once at start-up, with getMe's id.</summary>
    public async Task OpenAsync(long botId, CancellationToken cancellationToken)
    {
        _botId = botId;
        Volatile.Write(ref _confirmedBelow, await records.ConfirmedBelowAsync(botId, cancellationToken).ConfigureAwait(false));
    }

    /// <summary>
    /// Looks at the lowest id of what was just delivered, before it is handled: an id below the confirmed offset
    /// means the sequence started again, and the previous sequence's records no longer say anything.
    /// </summary>
    public async Task NoteDeliveredAsync(long lowestUpdateId, CancellationToken cancellationToken)
    {
        var confirmedBelow = Volatile.Read(ref _confirmedBelow);
        if (confirmedBelow == 0 || lowestUpdateId >= confirmedBelow || Interlocked.CompareExchange(ref _confirmedBelow, 0, confirmedBelow) != confirmedBelow)
        {
            return;
        }

        Diagnostics.UpdateIdsWentBack(logger, _botId, confirmedBelow, lowestUpdateId);
        Volatile.Write(ref _sequenceStartedAt, timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        await records.ForgetAsync(_botId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Claims an update; false when it is being handled now or was handled before.</summary>
    public async Task<bool> TryBeginAsync(long updateId, CancellationToken cancellationToken)
    {
        if (!_inFlight.TryAdd(updateId, 0))
        {
            return false;
        }

        var handled = true;
        try
        {
            var since = Math.Max((timeProvider.GetUtcNow() - RedeliveryWindow).ToUnixTimeMilliseconds(), Volatile.Read(ref _sequenceStartedAt));
            handled = await records.WasHandledAsync(_botId, updateId, DateTimeOffset.FromUnixTimeMilliseconds(since), cancellationToken).ConfigureAwait(false);
            return !handled;
        }
        catch (BotStateException e)
        {
            // Answering twice is better than not answering: the getUpdates offset still guards against most repeats.
            StateDiagnostics.StateNotRead(logger, $"whether update {updateId} was handled; it is handled", e.Message);
            handled = false;
            return true;
        }
        finally
        {
            if (handled)
            {
                _inFlight.TryRemove(updateId, out _);
            }
        }
    }

    /// <summary>Records a claimed update as handled.</summary>
    public async Task CompleteAsync(long updateId, CancellationToken cancellationToken)
    {
        try
        {
            await records.RecordHandledAsync(_botId, updateId, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(updateId, out _);
        }
    }

    /// <summary>Releases a claim without recording it (handling was cut short), so a later delivery is handled.</summary>
    public void Abandon(long updateId) => _inFlight.TryRemove(updateId, out _);

    /// <summary>Notes that the server confirmed every update below <paramref name="nextUpdateId"/> (a getUpdates call with that offset succeeded).</summary>
    public async Task ConfirmAsync(long nextUpdateId, CancellationToken cancellationToken)
    {
        if (Interlocked.Exchange(ref _confirmedBelow, nextUpdateId) != nextUpdateId)
        {
            await records.RecordConfirmedAsync(_botId, nextUpdateId, cancellationToken).ConfigureAwait(false);
        }
    }
}
