using System.Collections.Concurrent;

namespace KforBot.Telegram.State;

/// <summary>
/// Chats the bot must not write to: the user blocked it, or it was removed from the group (403). A chat is
/// unblocked when its user writes again or the bot is added back. Kept in memory, written through to the state file.
/// </summary>
internal sealed class BlockedChats(BotStateDatabase database, TimeProvider timeProvider)
{
    private ConcurrentDictionary<long, byte>? _blocked;

    public async Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).ContainsKey(chatId);

    public async Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken)
    {
        var blocked = await LoadAsync(cancellationToken).ConfigureAwait(false);
        blocked[chatId] = 0;
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO blocked_chats (chat_id, reason, blocked_at) VALUES ($chat, $reason, $at)";
        command.Parameters.AddWithValue("$chat", chatId);
        command.Parameters.AddWithValue("$reason", reason);
        command.Parameters.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task UnblockAsync(long chatId, CancellationToken cancellationToken)
    {
        var blocked = await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!blocked.TryRemove(chatId, out _))
        {
            return;
        }

        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM blocked_chats WHERE chat_id = $chat";
        command.Parameters.AddWithValue("$chat", chatId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConcurrentDictionary<long, byte>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_blocked is { } loaded)
        {
            return loaded;
        }

        var blocked = new ConcurrentDictionary<long, byte>();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT chat_id FROM blocked_chats";
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            blocked[rows.GetInt64(0)] = 0;
        }

        // Two first callers may both load; either copy is complete, and the first one stored wins.
        return Interlocked.CompareExchange(ref _blocked, blocked, null) ?? blocked;
    }
}
