namespace KforBot.Log;

/// <summary>
/// A write to the interaction log, queued for the background writer. Changes are applied in the order they were
/// made, so feedback on an entry always lands after the entry itself.
/// </summary>
internal abstract record LogChange
{
    private LogChange()
    {
    }

    public sealed record Add(InteractionEntry Entry) : LogChange;

    public sealed record SetFeedback(string Id, Feedback? Feedback) : LogChange;

    public sealed record SetStatus(string Id, ModerationStatus Status, string? Note) : LogChange;

    /// <summary>Subscribes (<paramref name="NotifyTo"/> set) or unsubscribes (null) the asker.</summary>
    public sealed record SetNotifyMe(string Id, string? NotifyTo) : LogChange;

    public sealed record MarkNowAnswerable(string Id, NowAnswerable Mark) : LogChange;

    /// <summary>Deletes every entry of a pseudonymous user after the changes queued before it.</summary>
    public sealed record Forget(string User, TaskCompletionSource<int> Done) : LogChange;
}
