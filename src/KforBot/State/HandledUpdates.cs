using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>
/// The updates a bot handled and the offset its server last confirmed, per bot (update ids are unique only per bot).
/// The rules of when an update counts as delivered again are the receiver's; this keeps the rows.
/// </summary>
internal sealed class HandledUpdates(IBotStateDatabase database, TimeProvider timeProvider, ILogger<HandledUpdates> logger)
{
    /// <summary>The offset below which the server confirmed every update, or 0 when none is kept.</summary>
    public async Task<long> ConfirmedBelowAsync(long botId, CancellationToken cancellationToken)
    {
        var confirmed = await database.ReadAsync(
            "SELECT next_update_id FROM confirmed_offsets WHERE bot_id = $bot",
            p => p.AddWithValue("$bot", botId),
            row => row.GetInt64(0),
            cancellationToken).ConfigureAwait(false);
        return confirmed.Count > 0 ? confirmed[0] : 0;
    }

    /// <summary>Whether the update was recorded as handled at <paramref name="since"/> or later.</summary>
    /// <exception cref="BotStateException">The file cannot be read.</exception>
    public async Task<bool> WasHandledAsync(long botId, long updateId, DateTimeOffset since, CancellationToken cancellationToken) =>
        (await database.ReadAsync(
            "SELECT 1 FROM handled_updates_by_bot WHERE bot_id = $bot AND update_id = $id AND handled_at >= $since",
            p =>
            {
                p.AddWithValue("$bot", botId);
                p.AddWithValue("$id", updateId);
                p.AddWithValue("$since", since.ToUnixTimeMilliseconds());
            },
            _ => true,
            cancellationToken).ConfigureAwait(false)).Count > 0;

    public Task RecordHandledAsync(long botId, long updateId, CancellationToken cancellationToken) =>
        database.TryWriteAsync(
            logger,
            $"update {updateId} as handled",
            "INSERT OR REPLACE INTO handled_updates_by_bot (bot_id, update_id, handled_at) VALUES ($bot, $id, $at)",
            p =>
            {
                p.AddWithValue("$bot", botId);
                p.AddWithValue("$id", updateId);
                p.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            },
            cancellationToken);

    public Task RecordConfirmedAsync(long botId, long nextUpdateId, CancellationToken cancellationToken) =>
        database.TryWriteAsync(
            logger,
            "the confirmed getUpdates offset",
            "INSERT OR REPLACE INTO confirmed_offsets (bot_id, next_update_id) VALUES ($bot, $next)",
            p =>
            {
                p.AddWithValue("$bot", botId);
                p.AddWithValue("$next", nextUpdateId);
            },
            cancellationToken);

    /// <summary>Forgets the bot's records and confirmed offset: its update ids started again.</summary>
    public Task ForgetAsync(long botId, CancellationToken cancellationToken) =>
        database.TryWriteAsync(
            logger,
            "forgetting the update ids of the previous sequence",
            """
            DELETE FROM handled_updates_by_bot WHERE bot_id = $bot;
            DELETE FROM confirmed_offsets WHERE bot_id = $bot;
            """,
            p => p.AddWithValue("$bot", botId),
            cancellationToken);

    /// <summary>Forgets ids handled longer than <paramref name="age"/> ago.</summary>
    public Task PruneAsync(TimeSpan age, CancellationToken cancellationToken) =>
        database.TryPruneAsync(logger, "the removal of old update ids", "DELETE FROM handled_updates_by_bot WHERE handled_at < $before", timeProvider.GetUtcNow() - age, cancellationToken);
}
