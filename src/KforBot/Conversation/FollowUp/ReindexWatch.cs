using KforBot.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KforBot.Conversation.FollowUp;

/// <summary>
/// Notices a new index generation however it was published (an operator's <c>reindex</c> from another terminal, not
/// only <c>/reindex</c> or the bot's own rebuild) and then re-checks refusals and sends the "notify me" answers.
/// </summary>
internal sealed partial class ReindexWatch(IPassageIndex index, SourceNotifications notifications, TimeProvider timeProvider, ILogger<ReindexWatch> logger)
    : BackgroundService
{
    /// <summary>How often the index is looked at: the bot itself moves to a new generation within a second or so.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(5);

    private string? _seen;

    /// <summary>
    /// Looks at the index once: the first look only notes its generation; a later one that finds another generation
    /// runs the re-check and the notifications. Returns whether it did.
    /// </summary>
    public async Task<bool> CheckOnceAsync(CancellationToken cancellationToken)
    {
        var (summary, _) = await index.TryGetSummaryAsync(cancellationToken).ConfigureAwait(false);
        if (summary is null || summary.BuildId == _seen)
        {
            return false;
        }

        var first = _seen is null;
        _seen = summary.BuildId;
        if (first)
        {
            return false;
        }

        LogNewGenerationSeen(logger, summary.BuildId);
        await notifications.RunInBackgroundAsync(recheckFirst: true, cancellationToken).ConfigureAwait(false);
        return true;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(Interval, timeProvider);
        do
        {
            try
            {
                await CheckOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A deliberate catch-all at the loop's boundary: looking at the index must never stop the bot.
                SourceNotifications.LogRecheckFailed(logger, e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(1310, LogLevel.Information, "Index generation {Generation} was published; re-checking refusals")]
    private static partial void LogNewGenerationSeen(ILogger logger, string generation);
}
