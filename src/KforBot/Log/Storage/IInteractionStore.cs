namespace KforBot.Log.Storage;

/// <summary>Where the log's writes go. Any call may fail (a locked file, a full disk); callers retry.</summary>
internal interface IInteractionStore
{
    /// <summary>Applies the changes in order, in one transaction: all of them or none.</summary>
    /// <remarks>Must not be given a <see cref="LogChange.Forget"/>: forgetting has its own call, with a result.</remarks>
    Task ApplyAsync(IReadOnlyList<LogChange> changes, CancellationToken cancellationToken);

    /// <summary>Deletes every entry of the pseudonymous user; returns how many.</summary>
    Task<int> ForgetAsync(string user, CancellationToken cancellationToken);

    /// <summary>Deletes the entries recorded before <paramref name="cutoff"/>; returns how many.</summary>
    Task<int> DeleteOlderThanAsync(DateTimeOffset cutoff, CancellationToken cancellationToken);

    /// <summary>
    /// Marks the entry's notification as sent, if it is due and was not sent before; true for the one caller
    /// that should send it.
    /// </summary>
    Task<bool> ClaimNotificationAsync(string id, DateTimeOffset at, CancellationToken cancellationToken);
}
