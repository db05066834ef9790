using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot.Exceptions;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Retries the Bot API calls that must get through when they failed for a passing reason, with Polly's retry on the
/// injected <see cref="TimeProvider"/>: a 429 waits the retry_after Telegram asked for; 5xx, timeouts, broken
/// connections and unreadable bodies wait a capped exponential backoff with jitter. Telegram.Bot's own 429 retry is
/// switched off (RetryThreshold 0): it sleeps on the real clock inside every call, optional ones (typing, button
/// answers) too, where these waits run only for the calls that need them.
/// </summary>
internal sealed class BotApiRetry
{
    private static readonly ResiliencePropertyKey<OutageReport> Outage = new("KforBot.Telegram.Outage");

    private readonly TelegramOptions _settings;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger<BotApiRetry> _logger;
    private readonly ResiliencePipeline _retries;
    private readonly ResiliencePipeline _untilReachable;

    public BotApiRetry(IOptions<TelegramOptions> options, TimeProvider timeProvider, ILogger<BotApiRetry> logger)
    {
        _settings = options.Value;
        _timeProvider = timeProvider;
        _logger = logger;
        _retries = _settings.MaxRetries == 0 ? ResiliencePipeline.Empty : Pipeline(_settings.MaxRetries, args =>
        {
            Diagnostics.Retrying(_logger, args.Context.OperationKey!, TransientFailure(args.Outcome)!.Kind, args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
            return default;
        });
        _untilReachable = Pipeline(int.MaxValue, args =>
        {
            args.Context.Properties.GetValue(Outage, null!).Failed(TransientFailure(args.Outcome)!, args.RetryDelay);
            return default;
        });
    }

    /// <param name="method">The Bot API method, for the log.</param>
    /// <param name="call">The call; run again after each passing failure, up to <see cref="TelegramOptions.MaxRetries"/> times.</param>
    /// <param name="cancellationToken">Cancels the call and the waits.</param>
    /// <exception cref="AcknowledgedCallException">Telegram acknowledged the call but its result could not be read (logged; never retried).</exception>
    public Task<T> ExecuteAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        RunAsync(_retries, method, outage: null, async ct =>
        {
            // Telegram did what was asked ("ok": true) and only its answer could not be read: doing it again would send
            // the user the same message twice, so the failure leaves the retries as an exception they do not handle.
            var acknowledged = Acknowledgements.Watch();
            try
            {
                return await call(ct).ConfigureAwait(false);
            }
            catch (RequestException e) when (acknowledged.Value)
            {
                Diagnostics.AcknowledgedButUnreadable(_logger, method);
                throw new AcknowledgedCallException(method, e);
            }
        }, cancellationToken);

    /// <summary>
    /// Runs a call the bot cannot go on without (getMe, getUpdates, setWebhook) until it gets through: passing failures
    /// wait a capped backoff and are tried again for as long as Telegram stays unreachable, logged at most once a
    /// minute. Fatal answers (401, 404, 409) and refusals are thrown.
    /// </summary>
    public async Task<T> ExecuteUntilReachableAsync<T>(string method, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var outage = new OutageReport(method, _timeProvider, _logger);
        var result = await RunAsync(_untilReachable, method, outage, call, cancellationToken).ConfigureAwait(false);
        outage.Ended();
        return result;
    }

    /// <summary>
    /// The wait after the <paramref name="attempt"/>-th passing failure in a row (0-based): base delay doubled per
    /// attempt, capped, then "equal jitter": between half and all of it, so instances don't retry in step.
    /// </summary>
    public TimeSpan Backoff(int attempt)
    {
        var exponential = _settings.RetryBaseDelay.TotalMilliseconds * Math.Pow(2, Math.Min(attempt, 30));
        var capped = Math.Min(exponential, _settings.RetryMaxDelay.TotalMilliseconds);
        return TimeSpan.FromMilliseconds((capped / 2) + (Random.Shared.NextDouble() * capped / 2));
    }

    private static async Task<T> RunAsync<T>(
        ResiliencePipeline pipeline, string method, OutageReport? outage, Func<CancellationToken, Task<T>> call, CancellationToken cancellationToken)
    {
        var context = ResilienceContextPool.Shared.Get(method, cancellationToken);
        try
        {
            if (outage is not null)
            {
                context.Properties.Set(Outage, outage);
            }

            return await pipeline.ExecuteAsync(
                static async (context, call) => await call(context.CancellationToken).ConfigureAwait(false), context, call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private static BotApiFailure? TransientFailure<T>(Outcome<T> outcome) =>
        outcome.Exception is RequestException e && BotApiFailure.Of(e) is { IsTransient: true } failure ? failure : null;

    private ResiliencePipeline Pipeline(int maxRetryAttempts, Func<OnRetryArguments<object>, ValueTask> onRetry) =>
        new ResiliencePipelineBuilder { TimeProvider = _timeProvider }.AddRetry(new RetryStrategyOptions
        {
            MaxRetryAttempts = maxRetryAttempts,
            ShouldHandle = args => ValueTask.FromResult(TransientFailure(args.Outcome) is not null),
            // A 429 says how long to wait. Every other passing failure waits our equal-jitter backoff rather than Polly's
            // jittered exponential one: that one returns the cap itself on every try once it is reached, so a long outage
            // would be tried in step by every instance, each RetryMaxDelay exactly.
            DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(TransientFailure(args.Outcome)?.RetryAfter ?? Backoff(args.AttemptNumber)),
            OnRetry = onRetry,
        }).Build();
}
