using KforBot.Conversation.FollowUp;
using KforBot.Corpus;
using KforBot.Formatting;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Conversation.Operators;

/// <summary>
/// What the people who run the bot may ask of it, on any channel: the index made current at start (and refusals
/// followed up when that rebuilt it), a live reindex, and the figures of <c>/stats</c>. The reindex rebuilds the
/// index beside the one in use while the bot goes on answering (the builder swaps the new one in when it is
/// complete), reports the per-file report, then re-checks the refusals and sends the notifications due. One reindex
/// at a time; it runs outside the request that asked for it, so a channel's loop is never held up by it.
/// </summary>
internal sealed partial class OperatorDesk(
    IndexFreshness freshness,
    IIndexBuilder builder,
    IPassageIndex index,
    IOptions<CorpusOptions> corpusOptions,
    IOptions<IndexOptions> indexOptions,
    SourceNotifications notifications,
    InteractionQueries queries,
    IInteractionLog log,
    IOptions<LogOptions> logOptions,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<OperatorDesk> logger)
{
    /// <summary>How long the bot may take, while stopping, to say that a reindex was stopped.</summary>
    private static readonly TimeSpan StopReportTime = TimeSpan.FromSeconds(5);

    private int _running;
    private Task _reindex = Task.CompletedTask;

    /// <summary>Whether a reindex (with its re-check and notifications) is under way; <c>/stats</c> says so.</summary>
    public bool IsReindexing => Volatile.Read(ref _running) == 1;

    /// <summary>
    /// Waits for the reindex under way, if any, until its report is sent and its re-check done. How it ended is its
    /// report's to say (and the log's), so this wait never throws for it.
    /// </summary>
    public Task WaitForReindexAsync(CancellationToken cancellationToken) => Task.WhenAny(Volatile.Read(ref _reindex)).WaitAsync(cancellationToken);

    /// <summary>
    /// Builds the index when it is missing or the corpus changed. When there is no index to answer from (and none
    /// could be built), the result says why in words for the operator, naming the folder when it is not writable:
    /// a channel stops with that reason and needs nothing of the index's own types.
    /// </summary>
    public async Task<IndexStart> EnsureIndexCurrentAsync(IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        try
        {
            return new IndexStart(await freshness.EnsureCurrentAsync(progress, cancellationToken).ConfigureAwait(false) is { Succeeded: true }, Problem: null);
        }
        catch (IndexUnavailableException e)
        {
            return new IndexStart(Rebuilt: false, IndexLocation.FindProblem(indexOptions.Value.Path) ?? e.Message);
        }
    }

    /// <summary>
    /// In the background: after a rebuild at start, the refused questions are asked again; the notifications due are
    /// sent in any case (some may be left from an earlier run).
    /// </summary>
    public Task FollowUpAfterStartAsync(bool rebuilt, CancellationToken cancellationToken) =>
        notifications.RunInBackgroundAsync(recheckFirst: rebuilt, cancellationToken);

    /// <summary>Starts a reindex whose report lines go to <paramref name="report"/>; false when one is running already.</summary>
    public bool TryStartReindex(Func<IReadOnlyList<string>, CancellationToken, Task> report)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return false;
        }

        Volatile.Write(ref _reindex, ReindexAsync(report, lifetime.ApplicationStopping));
        return true;
    }

    /// <summary>The index's and the log's figures.</summary>
    public async Task<string> StatsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (summary, unusable) = await index.TryGetSummaryAsync(cancellationToken).ConfigureAwait(false);
        LogStatistics? statistics = null;
        string? logProblem = null;
        try
        {
            statistics = await queries.StatisticsAsync(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logProblem = e.Message;
        }

        return OperatorReplies.Stats(summary, unusable, statistics, logProblem, log.Health, logOptions.Value, now, IsReindexing);
    }

    private async Task ReindexAsync(Func<IReadOnlyList<string>, CancellationToken, Task> report, CancellationToken stopping)
    {
        try
        {
            LogReindexStarted(logger);
            var corpus = corpusOptions.Value.ResolveDirectory();
            ReindexReport built;
            try
            {
                built = await builder.BuildAsync(corpus, progress: null, stopping).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                // The bot is stopping and the builder left the previous index in place: whoever asked is told so.
                LogReindexStoppedByShutdown(logger);
                await TellStoppedAsync(report).ConfigureAwait(false);
                return;
            }

            LogReindexFinished(logger, built.ArticlesIndexed, built.Problems.Count(p => p.Skipped), built.Elapsed.TotalSeconds, built.Succeeded);
            await report(ReindexReportText.Lines(built, corpus).ToList(), stopping).ConfigureAwait(false);
            if (built.Succeeded)
            {
                await notifications.RunInBackgroundAsync(recheckFirst: true, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The bot stopped while the report was sent or the refused questions re-checked: the new index is in place.
        }
        catch (Exception e)
        {
            // A deliberate catch-all: the boundary of a background job that must not take the bot down.
            LogReindexFailed(logger, e);
            await report([OperatorReplies.ReindexCrashed], stopping).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }

    /// <summary>Says the reindex was stopped, within <see cref="StopReportTime"/>: the bot is stopping and waits for no one.</summary>
    private async Task TellStoppedAsync(Func<IReadOnlyList<string>, CancellationToken, Task> report)
    {
        // Real time, not the injected clock's: the host's shutdown timeout that this must fit in runs in real time.
        using var deadline = new CancellationTokenSource(StopReportTime);
        try
        {
            await report([OperatorReplies.ReindexStoppedByShutdown], deadline.Token).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // A deliberate catch-all: the last word of a job whose bot is stopping. The channel logged its own failure;
            // only the kind is named here, so no address or token of a channel reaches this line.
            LogStopNotReported(logger, e.GetType().Name);
        }
    }

    [LoggerMessage(1601, LogLevel.Information, "Reindex asked for by an operator")]
    private static partial void LogReindexStarted(ILogger logger);

    [LoggerMessage(1602, LogLevel.Information, "Reindex asked for by an operator finished: {Articles} articles, {Skipped} files skipped, {Seconds:F1} s, succeeded={Succeeded}")]
    private static partial void LogReindexFinished(ILogger logger, int articles, int skipped, double seconds, bool succeeded);

    [LoggerMessage(1603, LogLevel.Error, "Reindex asked for by an operator failed")]
    private static partial void LogReindexFailed(ILogger logger, Exception exception);

    [LoggerMessage(1604, LogLevel.Warning, "Reindex asked for by an operator stopped before it finished: the bot is stopping; the previous index stays in use")]
    private static partial void LogReindexStoppedByShutdown(ILogger logger);

    [LoggerMessage(1605, LogLevel.Warning, "The stopped reindex could not be reported to the operator who asked for it ({Failure})")]
    private static partial void LogStopNotReported(ILogger logger, string failure);
}
