using KforBot.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Receives updates by long polling: getUpdates waits up to <see cref="TelegramOptions.PollTimeoutSeconds"/> for new
/// updates, the batch is handled, and the next call's offset confirms only the updates that are done. Passing faults
/// wait (429: retry_after; otherwise capped exponential backoff with jitter) and polling goes on; 401, 404 and 409 stop
/// the bot with a plain message. On stop, polling ends at once and answers under way are finished.
/// </summary>
internal sealed class LongPollingService(
    BotStartup startup,
    BotApiClient client,
    BotApiRetry retry,
    UpdateBatchDispatcher dispatcher,
    BotLifecycle lifecycle,
    IOptions<TelegramOptions> options,
    TimeProvider timeProvider,
    ILogger<LongPollingService> logger) : BackgroundService
{
    private const int BatchSize = 100;
    private readonly CancellationTokenSource _abort = new();

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        // The host's shutdown timeout bounds how long answers under way may take to finish.
        await using var registration = cancellationToken.Register(_abort.Cancel).ConfigureAwait(false);
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
    }

    public override void Dispose()
    {
        _abort.Dispose();
        base.Dispose();
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await startup.StartAsync(stoppingToken).ConfigureAwait(false);
            await PollAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception e) when (BotLifecycle.IsFatal(e))
        {
            // Fatal answers (401, 404, 409), start-up failing after every retry, no index, no state file:
            // stop with a plain reason rather than sit idle.
            lifecycle.Stop(BotLifecycle.ExplainFatal(e));
        }
        catch (Exception e)
        {
            // The polling loop's boundary: a bug outside any one update. Stop with a reason rather than a silent exit code 0.
            Log.PollingFailed(logger, e);
            lifecycle.Stop($"The bot stopped after an unexpected error: {e.Message}");
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        long? offset = null;
        var failures = 0;
        Log.PollingStarted(logger, settings.PollTimeoutSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<Update> updates;
            try
            {
                updates = await client.GetUpdatesAsync(new GetUpdatesRequest(offset, BatchSize, settings.PollTimeoutSeconds, AllowedUpdates.All), stoppingToken).ConfigureAwait(false);
            }
            catch (BotApiException e) when (e.IsTransient)
            {
                var delay = retry.DelayAfter(e, failures++);
                Log.PollFailed(logger, e.Kind, e.Description, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
                continue;
            }

            failures = 0;
            if (updates.Count == 0)
            {
                continue;
            }

            var (next, deferred) = await dispatcher.DispatchAsync(updates, stoppingToken, _abort.Token).ConfigureAwait(false);
            offset = next;
            if (deferred)
            {
                // Telegram did not take an answer even after retries: pause before the same updates come back.
                await Task.Delay(retry.Backoff(settings.MaxRetries), timeProvider, stoppingToken).ConfigureAwait(false);
            }
        }
    }
}
