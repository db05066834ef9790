using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>
/// Chats that moved to a new id (on Telegram: a group that became a supergroup, migrate_to_chat_id): the new id is
/// kept, so later answers, buttons and feedback follow the chat instead of failing at its old id.
/// </summary>
internal sealed class ChatMigrations(IBotStateDatabase database, TimeProvider timeProvider, ILogger<ChatMigrations> logger)
{
    private readonly StateTable<long, long> _moved = new(
        database,
        new StateColumns("chat_migrations", "chat_id", "new_chat_id", "migrated_at"),
        "the groups that moved; messages go to the ids they were asked from",
        timeProvider,
        logger);

    /// <summary>The chat's current id: its own, or the one it moved to.</summary>
    public async Task<long> ResolveAsync(long chatId, CancellationToken cancellationToken)
    {
        var moved = await _moved.RowsAsync(cancellationToken).ConfigureAwait(false);

        // A supergroup does not migrate again, so one step is the most a chain can have; the bound guards against a cycle.
        for (var step = 0; step < 4 && moved.TryGetValue(chatId, out var newChatId); step++)
        {
            chatId = newChatId;
        }

        return chatId;
    }

    /// <summary>Records the move; false when it was known already.</summary>
    public async Task<bool> RecordAsync(long chatId, long newChatId, CancellationToken cancellationToken)
    {
        if ((await _moved.RowsAsync(cancellationToken).ConfigureAwait(false)).TryGetValue(chatId, out var known) && known == newChatId)
        {
            return false;
        }

        // Kept in memory even when the file cannot be written: this run follows the chat; after a restart, the next 400 teaches it again.
        await _moved.SetAsync(chatId, newChatId, $"that chat {chatId} moved to {newChatId}", cancellationToken).ConfigureAwait(false);
        return true;
    }
}
