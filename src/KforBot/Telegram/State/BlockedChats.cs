using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.State;

/// <summary>
/// Chats the bot must not write to: the user blocked it, or it was removed from the group (403). A chat is
/// unblocked when its user writes again or the bot is added back. Kept in memory, written through to the state file;
/// when that fails, this run still remembers, and the failure is logged.
/// </summary>
internal sealed class BlockedChats(IBotStateDatabase database, TimeProvider timeProvider, ILogger<BlockedChats> logger)
{
    private ConcurrentDictionary<long, byte>? _blocked;

    public async Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken) =>
        (await LoadAsync(cancellationToken).ConfigureAwait(false)).ContainsKey(chatId);

    public async Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken)
    {
        var blocked = await LoadAsync(cancellationToken).ConfigureAwait(false);
        blocked[chatId] = 0;
        await database.TryWriteAsync(
            logger,
            $"that chat {chatId} blocked the bot",
            "INSERT OR REPLACE INTO blocked_chats (chat_id, reason, blocked_at) VALUES ($chat, $reason, $at)",
            p =>
            {
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$reason", reason);
                p.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false);
    }

    public async Task UnblockAsync(long chatId, CancellationToken cancellationToken)
    {
        var blocked = await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (!blocked.TryRemove(chatId, out _))
        {
            return;
        }

        await database.TryWriteAsync(logger, $"that chat {chatId} may be written to again", "DELETE FROM blocked_chats WHERE chat_id = $chat", p => p.AddWithValue("$chat", chatId), cancellationToken).ConfigureAwait(false);
    }

    private async Task<ConcurrentDictionary<long, byte>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_blocked is { } loaded)
        {
            return loaded;
        }

        List<long> ids;
        try
        {
            ids = await database.ReadAsync("SELECT chat_id FROM blocked_chats", _ => { }, row => row.GetInt64(0), cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            // Not cached: the next message tries to read the file again.
            Diagnostics.StateNotRead(logger, "the blocked chats; none is assumed", e.Message);
            return new ConcurrentDictionary<long, byte>();
        }

        var blocked = new ConcurrentDictionary<long, byte>(ids.Select(id => KeyValuePair.Create(id, (byte)0)));

        // Two first callers may both load; either copy is complete, and the first one stored wins.
        return Interlocked.CompareExchange(ref _blocked, blocked, null) ?? blocked;
    }
}
