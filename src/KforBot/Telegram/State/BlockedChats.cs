using KforBot.State;
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
    private readonly StateRows<long, byte> _blocked = new(
        database, "SELECT chat_id FROM blocked_chats", row => KeyValuePair.Create(row.GetInt64(0), (byte)0), "the blocked chats; none is assumed", logger);

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

    private Task<ConcurrentDictionary<long, byte>> LoadAsync(CancellationToken cancellationToken) => _blocked.GetAsync(cancellationToken);
}
