using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Exceptions;

namespace KforBot.Telegram.Resilience;

/// <summary>
/// Retries the Bot API calls that must get through when they failed for a passing reason: a 429 waits the retry_after
/// Telegram asked for; 5xx, timeouts, broken connections and unreadable bodies wait a capped exponential backoff with
/// jitter. Telegram.Bot's own 429 retry is switched off (RetryThreshold 0): it sleeps on the real clock inside every
/// call, optional ones (typing, button answers) too, where these waits run on the injected <see cref="TimeProvider"/>
/// and only for the calls that need them.
/// </summary>
internal sealed class BotApiRetry(IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<BotApiRetry> logger)
{
    /// <param name="method">The Bot API method, for the log.</param>
    /// <param name="call">The call; run again after each passing failure, up to <see cref="TelegramOptions.MaxRetries"/> times.</param>
    /// <param name="cancellationToken">Cancels the call and the waits.</param>
    /// <exception cref="AcknowledgedCallException">Telegram acknowledged the call but its result could not be read (logged; never retried).</exception>
    public async Task<T> ExecuteAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var acknowledged = Acknowledgements.Watch();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (RequestException e) when (acknowledged.Value)
            {
                // Telegram did what was asked ("ok": true) and only its answer could not be read: doing it again
                // would send the user the same message twice.
                Diagnostics.AcknowledgedButUnreadable(logger, method);
                throw new AcknowledgedCallException(method, e);
            }
            catch (RequestException e) when (BotApiFailure.Of(e) is { IsTransient: true } failure && attempt < options.Value.MaxRetries)
            {
                var delay = DelayAfter(failure, attempt);
                Diagnostics.Retrying(logger, method, failure.Kind, attempt + 1, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>
    /// Runs a call the bot cannot go on without (getMe, getUpdates, setWebhook) until it gets through: passing failures
    /// wait a capped backoff and are tried again for as long as Telegram stays unreachable, logged at most once a
    /// minute. Fatal answers (401, 404, 409) and refusals are thrown.
    /// </summary>
    public async Task<T> ExecuteUntilReachableAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var outage = new OutageReport(method, timeProvider, logger);
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                var result = await call(cancellationToken).ConfigureAwait(false);
                outage.Ended();
                return result;
            }
            catch (RequestException e) when (BotApiFailure.Of(e) is { IsTransient: true } failure)
            {
                var delay = DelayAfter(failure, attempt);
                outage.Failed(failure, delay);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc cref="ExecuteAsync{T}(string, Func{CancellationToken, Task{T}}, CancellationToken)"/>
    public Task ExecuteAsync(string method, Func<CancellationToken, Task> call, CancellationToken cancellationToken) =>
        ExecuteAsync(method, async ct =>
        {
            await call(ct).ConfigureAwait(false);
            return true;
        }, cancellationToken);

    /// <summary>The wait before trying again after <paramref name="failure"/>, the <paramref name="attempt"/>-th failure in a row (0-based).</summary>
    public TimeSpan DelayAfter(BotApiFailure failure, int attempt) => failure.RetryAfter ?? Backoff(attempt);

    /// <summary>Base delay doubled per attempt, capped, then "equal jitter": between half and all of it, so instances don't retry in step.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var settings = options.Value;
        var exponential = settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, settings.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }
}
