using KforBot.State;
using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KforBot.Telegram.State;

/// <summary>
/// Groups that became supergroups (Telegram's migrate_to_chat_id): the new chat id is kept, so later answers, buttons
/// and feedback follow the group instead of failing at its old id. Kept in memory, written through to the state file.
/// </summary>
internal sealed class ChatMigrations(IBotStateDatabase database, TimeProvider timeProvider, LoggedIds ids, ILogger<ChatMigrations> logger)
{
    private readonly StateRows<long, long> _moved = new(
        database,
        "SELECT chat_id, new_chat_id FROM chat_migrations",
        row => KeyValuePair.Create(row.GetInt64(0), row.GetInt64(1)),
        "the groups that moved; messages go to the ids they were asked from",
        logger);

    /// <summary>The chat's current id: its own, or the supergroup it became.</summary>
    public async Task<long> ResolveAsync(long chatId, CancellationToken cancellationToken)
    {
        var moved = await LoadAsync(cancellationToken).ConfigureAwait(false);

        // A supergroup does not migrate again, so one step is the most a chain can have; the bound guards against a cycle.
        for (var step = 0; step < 4 && moved.TryGetValue(chatId, out var newChatId); step++)
        {
            chatId = newChatId;
        }

        return chatId;
    }

    public async Task RecordAsync(long chatId, long newChatId, CancellationToken cancellationToken)
    {
        var moved = await LoadAsync(cancellationToken).ConfigureAwait(false);
        if (moved.TryGetValue(chatId, out var known) && known == newChatId)
        {
            return;
        }

        moved[chatId] = newChatId;
        Diagnostics.ChatMigrated(logger, ids.Of(chatId), ids.Of(newChatId));

        // Kept in memory even when the file cannot be written: this run follows the group; after a restart, the next 400 teaches it again.
        await database.TryWriteAsync(
            logger,
            $"that chat {chatId} moved to {newChatId}",
            "INSERT OR REPLACE INTO chat_migrations (chat_id, new_chat_id, migrated_at) VALUES ($chat, $new, $at)",
            p =>
            {
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$new", newChatId);
                p.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false);
    }

    private Task<ConcurrentDictionary<long, long>> LoadAsync(CancellationToken cancellationToken) => _moved.GetAsync(cancellationToken);
}
