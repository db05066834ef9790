using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Handles a batch from getUpdates: different chats at the same time (up to <see cref="TelegramOptions.MaxConcurrentUpdates"/>),
/// one chat's updates in order. Returns the offset that confirms exactly the updates that are done: when an update was
/// deferred, or the bot is stopping before it started, the offset stays at it so Telegram delivers it again.
/// </summary>
internal sealed class UpdateBatchDispatcher(UpdateProcessor processor, IOptions<TelegramOptions> options)
{
    /// <param name="updates">The batch, in update_id order.</param>
    /// <param name="stopping">Set when the bot stops: no further update is started.</param>
    /// <param name="abort">Set when stopping takes too long: updates under way are cut short.</param>
    /// <returns>The next getUpdates offset, and whether an update was deferred.</returns>
    public async Task<(int NextOffset, bool Deferred)> DispatchAsync(IReadOnlyList<Update> updates, CancellationToken stopping, CancellationToken abort)
    {
        var notDone = new List<int>();
        var deferred = false;
        var chats = updates.GroupBy(ChatOf).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.Value.MaxConcurrentUpdates, CancellationToken = abort };
        await Parallel.ForEachAsync(chats, parallel, async (chat, cancellationToken) =>
        {
            foreach (var update in chat)
            {
                var outcome = stopping.IsCancellationRequested
                    ? UpdateOutcome.Deferred
                    : await processor.ProcessAsync(update, cancellationToken).ConfigureAwait(false);
                if (outcome == UpdateOutcome.Deferred)
                {
                    // The chat's later updates wait too, so its answers stay in order.
                    lock (notDone)
                    {
                        notDone.Add(update.Id);
                        deferred |= !stopping.IsCancellationRequested;
                    }

                    return;
                }
            }
        }).ConfigureAwait(false);

        var next = notDone.Count > 0 ? notDone.Min() : updates.Max(u => u.Id) + 1;
        return (next, deferred);
    }

    private static long ChatOf(Update update) =>
        update.Message?.Chat?.Id
        ?? update.CallbackQuery?.Message?.Chat?.Id
        ?? update.CallbackQuery?.From?.Id
        ?? update.MyChatMember?.Chat?.Id
        ?? update.EditedMessage?.Chat?.Id
        ?? update.Id;
}
