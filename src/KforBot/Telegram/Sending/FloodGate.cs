using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Outgoing flood control within Telegram's limits: about 1 message a second per chat (short bursts of 3 tolerated),
/// 20 a minute per group and 30 a second overall (all configurable). A message waits for its turn in every bucket
/// that applies; 429 answers are handled by <see cref="Resilience.BotApiRetry"/> on top of this.
/// System.Threading.RateLimiting's token bucket was weighed and not taken: it refills on a timer of the real clock
/// (it takes no <see cref="TimeProvider"/>), and a queued acquire cannot tell how long it will wait, while this gate
/// reserves in three buckets at once and waits the longest of them on the injected clock.
/// </summary>
internal sealed class FloodGate(IOptions<TelegramOptions> options, TimeProvider timeProvider)
{
    private const int ChatBurst = 3;
    private static readonly long IdleTicks = TimeSpan.FromMinutes(10).Ticks;

    private readonly Lock _lock = new();
    private readonly Dictionary<long, TokenBucket> _chats = [];
    private readonly Dictionary<long, TokenBucket> _groups = [];
    private TokenBucket? _global;
    private int _reservations;

    public Task WaitAsync(long chatId, bool isGroup, CancellationToken cancellationToken)
    {
        var delay = Reserve(chatId, isGroup);
        return delay <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(delay, timeProvider, cancellationToken);
    }

    /// <summary>Takes a place in every bucket that applies and returns the longest wait among them.</summary>
    public TimeSpan Reserve(long chatId, bool isGroup)
    {
        var settings = options.Value;
        var now = timeProvider.GetUtcNow().UtcTicks;
        lock (_lock)
        {
            _global ??= new TokenBucket(settings.MessagesPerSecond, settings.MessagesPerSecond, now);
            var wait = _global.Reserve(now);
            wait = Max(wait, Bucket(_chats, chatId, ChatBurst, settings.MessagesPerSecondPerChat, now).Reserve(now));
            if (isGroup)
            {
                // A burst of 3 plus a refill of (limit - 3) a minute keeps any one-minute window within the limit.
                var perMinute = settings.MessagesPerMinutePerGroup;
                var burst = Math.Min(ChatBurst, perMinute);
                var refill = Math.Max(perMinute - burst, 1) / 60.0;
                wait = Max(wait, Bucket(_groups, chatId, burst, refill, now).Reserve(now));
            }

            if (++_reservations % 1000 == 0)
            {
                ForgetIdle(now);
            }

            return wait;
        }
    }

    private static TokenBucket Bucket(Dictionary<long, TokenBucket> buckets, long chatId, double capacity, double perSecond, long now)
    {
        if (!buckets.TryGetValue(chatId, out var bucket))
        {
            bucket = new TokenBucket(capacity, perSecond, now);
            buckets[chatId] = bucket;
        }

        return bucket;
    }

    private void ForgetIdle(long now)
    {
        foreach (var buckets in new[] { _chats, _groups })
        {
            foreach (var (chatId, bucket) in buckets.Where(pair => now - pair.Value.LastUsedTicks > IdleTicks).ToList())
            {
                buckets.Remove(chatId);
            }
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
