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

        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1 FROM handled_updates WHERE update_id = $id";
            command.Parameters.AddWithValue("$id", updateId);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is null)
            {
                return true;
            }
        }
        catch
        {
            _inFlight.TryRemove(updateId, out _);
            throw;
        }

        _inFlight.TryRemove(updateId, out _);
        return false;
    }

    /// <summary>Records a claimed update as handled.</summary>
    public async Task CompleteAsync(long updateId, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT OR IGNORE INTO handled_updates (update_id, handled_at) VALUES ($id, $at)";
            command.Parameters.AddWithValue("$id", updateId);
            command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _inFlight.TryRemove(updateId, out _);
        }
    }

    /// <summary>Releases a claim without recording it (handling was cut short), so a later delivery is handled.</summary>
    public void Abandon(long updateId) => _inFlight.TryRemove(updateId, out _);

    /// <summary>Forgets ids older than <paramref name="age"/>: Telegram keeps an unconfirmed update for 24 hours at most.</summary>
    public async Task PruneAsync(TimeSpan age, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM handled_updates WHERE handled_at < $before";
        command.Parameters.AddWithValue("$before", (timeProvider.GetUtcNow() - age).ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
