using KforBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Receives updates by long polling: getUpdates waits up to <see cref="TelegramOptions.PollTimeoutSeconds"/> for new
/// updates, the batch is handled, and the next call's offset confirms only the updates that are done. The calls are
/// Telegram.Bot's; the loop is ours, because the library's receiver confirms an update as soon as it hands it out.
/// Passing faults wait (429: retry_after; otherwise capped exponential backoff with jitter, logged once a minute) and
/// polling goes on for as long as Telegram is unreachable; 401, 404 and 409 stop the bot with a plain message.
/// On stop, polling ends at once and answers under way are finished.
/// </summary>
internal sealed class LongPollingService(
    BotStartup startup,
    ITelegramBotClient client,
    BotApiRetry retry,
    UpdateBatchDispatcher dispatcher,
    UpdateLedger ledger,
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
            await startup.RunAsync("getUpdates", PollAsync, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            // The polling loop's boundary: a bug outside any one update. Stop with a reason rather than a silent exit code 0.
            Diagnostics.PollingFailed(logger, e);
            lifecycle.Stop($"The bot stopped after an unexpected error: {e.Message}");
        }
    }

    private async Task PollAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        int? offset = null;
        Diagnostics.PollingStarted(logger, settings.PollTimeoutSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            var updates = await retry.ExecuteUntilReachableAsync(
                "getUpdates",
                ct => client.GetUpdates(offset, BatchSize, settings.PollTimeoutSeconds, AllowedUpdates.All, ct),
                stoppingToken).ConfigureAwait(false);

            // The call succeeded, so the server now holds no update below the offset.
            if (offset is { } confirmed)
            {
                await ledger.ConfirmAsync(confirmed, stoppingToken).ConfigureAwait(false);
            }

            if (updates.Length == 0)
            {
                continue;
            }

            await ledger.NoteDeliveredAsync(updates.Min(u => u.Id), stoppingToken).ConfigureAwait(false);
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
