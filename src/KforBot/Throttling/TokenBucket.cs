namespace KforBot.Throttling;

/// <summary>
/// A token bucket that hands out reservations: each message takes a token now, and when none is left the caller
/// is told how long to wait for its turn. Callers queue up in order of their reservations. Not thread-safe: the caller locks.
/// </summary>
internal sealed class TokenBucket(double capacity, double tokensPerSecond, long nowTicks)
{
    private readonly double _capacity = capacity;
    private double _tokens = capacity;
    private long _updatedTicks = nowTicks;

    /// <summary>When the bucket was last used, to forget idle buckets (<see cref="TokenBuckets{TKey}"/>).</summary>
    public long LastUsedTicks => _updatedTicks;

    /// <summary>Takes a token and returns how long to wait before using it (zero when one was free).</summary>
    public TimeSpan Reserve(long nowTicks)
    {
        if (nowTicks > _updatedTicks)
        {
            _tokens = Math.Min(_capacity, _tokens + ((nowTicks - _updatedTicks) / (double)TimeSpan.TicksPerSecond * tokensPerSecond));
            _updatedTicks = nowTicks;
        }

        _tokens -= 1;
        return _tokens >= 0 ? TimeSpan.Zero : TimeSpan.FromSeconds(-_tokens / tokensPerSecond);
    }
}
