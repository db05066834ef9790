using KforBot.Log.Storage;

namespace KforBot.Log;

/// <summary>
/// The moderators' reviews of entries. Written at once rather than queued for the background writer like the
/// channels' changes: the moderator's next page must show the change, a failure must reach the moderator instead of
/// a retry they never hear of, and the <c>moderate</c> command runs no writer at all.
/// </summary>
internal sealed class InteractionReviews(IInteractionStore store)
{
    /// <summary>Sets the entry's status and note (null for none).</summary>
    /// <exception cref="System.Data.Common.DbException">The log could not be written; nothing was changed.</exception>
    public Task SetStatusAsync(string entryId, ModerationStatus status, string? note, CancellationToken cancellationToken) =>
        store.ApplyAsync([new LogChange.SetStatus(entryId, status, note)], cancellationToken);
}
