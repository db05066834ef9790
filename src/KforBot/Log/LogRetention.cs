using KforBot.Log.Storage;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>Deletes entries older than a number of days, counted back from now.</summary>
internal sealed class LogRetention(IInteractionStore store, IOptions<LogOptions> options, TimeProvider timeProvider)
{
    /// <summary>Deletes entries older than <c>Log:RetentionDays</c>; returns how many.</summary>
    public Task<int> DeleteExpiredAsync(CancellationToken cancellationToken) =>
        DeleteOlderThanAsync(options.Value.RetentionDays, cancellationToken);

    public Task<int> DeleteOlderThanAsync(int days, CancellationToken cancellationToken) =>
        store.DeleteOlderThanAsync(timeProvider.GetUtcNow().AddDays(-days), cancellationToken);
}
