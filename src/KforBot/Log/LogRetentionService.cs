using System.Data.Common;
using KforBot.Log.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>Applies <c>Log:RetentionDays</c> at start and then once a day.</summary>
internal sealed class LogRetentionService(
    LogRetention retention,
    IOptions<LogOptions> options,
    TimeProvider timeProvider,
    ILogger<LogRetentionService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var daily = new PeriodicTimer(TimeSpan.FromDays(1), timeProvider);
        try
        {
            do
            {
                try
                {
                    var deleted = await retention.DeleteExpiredAsync(stoppingToken).ConfigureAwait(false);
                    LogMessages.RetentionDeleted(logger, deleted, options.Value.RetentionDays);
                }
                catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or LogSchemaException)
                {
                    LogMessages.RetentionFailed(logger, e);
                }
            }
            while (await daily.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
    }
}
