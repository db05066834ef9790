using System.Collections.Concurrent;

namespace KforBot.Telegram.State;

/// <summary>
/// Remembers which updates were handled, so an update delivered again (after a restart, or twice by the server)
/// is answered once. An update is claimed in memory while it is handled and written to the state file once its
/// answer was sent.
/// </summary>
internal sealed class UpdateLedger(BotStateDatabase database, TimeProvider timeProvider)
{
    private readonly ConcurrentDictionary<long, byte> _inFlight = new();

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
            handled = (await database.ReadAsync(
                "SELECT 1 FROM handled_updates WHERE update_id = $id",
                p => p.AddWithValue("$id", updateId),
                _ => true,
                cancellationToken).ConfigureAwait(false)).Count > 0;
            return !handled;
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
            await database.WriteAsync(
                "INSERT OR IGNORE INTO handled_updates (update_id, handled_at) VALUES ($id, $at)",
                p =>
                {
                    p.AddWithValue("$id", updateId);
                    p.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
                },
                cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(updateId, out _);
        }
    }

    /// <summary>Releases a claim without recording it (handling was cut short), so a later delivery is handled.</summary>
    public void Abandon(long updateId) => _inFlight.TryRemove(updateId, out _);

    /// <summary>Forgets ids older than <paramref name="age"/>: Telegram keeps an unconfirmed update for 24 hours at most.</summary>
    public Task PruneAsync(TimeSpan age, CancellationToken cancellationToken) =>
        database.WriteAsync(
            "DELETE FROM handled_updates WHERE handled_at < $before",
            p => p.AddWithValue("$before", (timeProvider.GetUtcNow() - age).ToUnixTimeMilliseconds()),
            cancellationToken);
}
