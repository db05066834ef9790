using KforBot.Throttling;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Outgoing flood control within Telegram's limits: about 1 message a second per chat (short bursts of 3 tolerated),
/// 20 a minute per group and 30 a second overall (all configurable). A message waits for its turn in every bucket
/// that applies; 429 answers are handled by <see cref="BotApiRetry"/> on top of this.
/// System.Threading.RateLimiting's token bucket was weighed and not taken: it refills on a timer of the real clock
/// (it takes no <see cref="TimeProvider"/>), and a queued acquire cannot tell how long it will wait, while this gate
/// reserves in three buckets at once and waits the longest of them on the injected clock.
/// </summary>
internal sealed class FloodGate
{
    private const int ChatBurst = 3;

    private readonly TimeProvider _timeProvider;
    private readonly Lock _lock = new();
    private readonly TokenBucket _global;
    private readonly TokenBuckets<long> _chats;
    private readonly TokenBuckets<long> _groups;

    public FloodGate(IOptions<TelegramOptions> options, TimeProvider timeProvider)
    {
        var settings = options.Value;
        _timeProvider = timeProvider;
        _global = new TokenBucket(settings.MessagesPerSecond, settings.MessagesPerSecond, timeProvider.GetUtcNow().UtcTicks);
        _chats = new TokenBuckets<long>(ChatBurst, settings.MessagesPerSecondPerChat);

        // A burst of 3 plus a refill of (limit - 3) a minute keeps any one-minute window within the limit.
        var groupBurst = Math.Min(ChatBurst, settings.MessagesPerMinutePerGroup);
        _groups = new TokenBuckets<long>(groupBurst, Math.Max(settings.MessagesPerMinutePerGroup - groupBurst, 1) / 60.0);
    }

    public Task WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        var delay = Reserve(chatId, isGroup);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, _timeProvider, cancellationToken);
    }

    /// <summary>Takes a place in every bucket that applies and returns the longest wait among them.</summary>
    public TimeSpan Reserve(long chatId, bool isGroup)
    {
        var now = _timeProvider.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            var wait = Max(_global.Reserve(now), _chats.Reserve(chatId, now));
            return isGroup ? Max(wait, _groups.Reserve(chatId, now)) : wait;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
