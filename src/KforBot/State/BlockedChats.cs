using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>
/// Chats the bot must not write to (on Telegram: the user blocked it, or it was removed from the group), with the
/// reason. The channel decides when a chat is blocked and when it is over; this keeps the list.
/// </summary>
internal sealed class BlockedChats(IBotStateDatabase database, TimeProvider timeProvider, ILogger<BlockedChats> logger)
{
    private readonly StateTable<long, string> _blocked = new(
        database, new StateColumns("blocked_chats", "chat_id", "reason", "blocked_at"), "the blocked chats; none is assumed", timeProvider, logger);

    public async Task<bool> IsBlockedAsync(long chatId, CancellationToken cancellationToken) =>
        (await _blocked.RowsAsync(cancellationToken).ConfigureAwait(false)).ContainsKey(chatId);

    public Task BlockAsync(long chatId, string reason, CancellationToken cancellationToken) =>
        _blocked.SetAsync(chatId, reason, $"that chat {chatId} blocked the bot", cancellationToken);

    public Task UnblockAsync(long chatId, CancellationToken cancellationToken) =>
        _blocked.RemoveAsync(chatId, $"that chat {chatId} may be written to again", cancellationToken);
}
