using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Api;

/// <summary>
/// Retries Bot API calls that failed for a passing reason: a 429 waits the retry_after Telegram asked for;
/// 5xx, timeouts, broken connections and malformed bodies wait a capped exponential backoff with jitter.
/// Waits run on the injected <see cref="TimeProvider"/>, so tests need not sleep.
/// </summary>
internal sealed class BotApiRetry(IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<BotApiRetry> logger)
{
    public async Task<T> ExecuteAsync<T>(Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await call(cancellationToken).ConfigureAwait(false);
            }
            catch (BotApiException e) when (e.IsTransient && attempt < options.Value.MaxRetries)
            {
                var delay = DelayAfter(e, attempt);
                Log.Retrying(logger, e.Method, e.Kind, attempt + 1, delay.TotalMilliseconds);
                await Task.Delay(delay, timeProvider, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <summary>The wait before trying again after <paramref name="error"/>, the <paramref name="attempt"/>-th failure in a row (0-based).</summary>
    public TimeSpan DelayAfter(BotApiException error, int attempt) => error.RetryAfter ?? Backoff(attempt);

    /// <summary>Base delay doubled per attempt, capped, then "equal jitter": between half and all of it, so instances don't retry in step.</summary>
    public TimeSpan Backoff(int attempt)
    {
        var settings = options.Value;
        var exponential = settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, settings.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }
}
