namespace KforBot.Throttling;

/// <summary>
/// One <see cref="TokenBucket"/> per key (a chat, a user), made full on first use and forgotten once idle for ten
/// minutes, by when it has long refilled. Not thread-safe: the caller locks.
/// </summary>
internal sealed class TokenBuckets<TKey>(double capacity, double tokensPerSecond)
    where TKey : notnull
{
    private static readonly long IdleTicks = TimeSpan.FromMinutes(10).Ticks;
    private readonly Dictionary<TKey, TokenBucket> _buckets = [];
    private int _reservations;

    /// <summary>Takes a token from the key's bucket and returns how long to wait before using it.</summary>
    public TimeSpan Reserve(TKey key, long nowTicks)
    {
        if (!_buckets.TryGetValue(key, out var bucket))
        {
            bucket = new TokenBucket(capacity, tokensPerSecond, nowTicks);
            _buckets[key] = bucket;
        }

        var wait = bucket.Reserve(nowTicks);
        if (++_reservations % 1000 == 0)
        {
            foreach (var idle in _buckets.Where(pair => nowTicks - pair.Value.LastUsedTicks > IdleTicks).Select(pair => pair.Key).ToList())
            {
                _buckets.Remove(idle);
            }
        }

        return wait;
    }
}
