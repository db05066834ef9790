using System.Collections.Concurrent;

namespace KforBot.Tests.Telegram.Support;

/// <summary>
/// A test clock that never sleeps: a timer (Task.Delay included) moves the clock forward by its due time and fires
/// at once. The delays asked for are recorded, so a test can check that a 429's retry_after was honoured without waiting.
/// </summary>
internal sealed class InstantTimeProvider : TimeProvider
{
    private readonly Lock _lock = new();
    private DateTimeOffset _now = new(2025, 3, 10, 9, 0, 0, TimeSpan.Zero);

    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow()
    {
        lock (_lock)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_lock)
        {
            _now += by;
        }
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime == Timeout.InfiniteTimeSpan)
        {
            return new FiredTimer();
        }

        Delays.Enqueue(dueTime);
        Advance(dueTime);
        ThreadPool.UnsafeQueueUserWorkItem(_ => callback(state), null);
        return new FiredTimer();
    }

    private sealed class FiredTimer : ITimer
    {
        public bool Change(TimeSpan dueTime, TimeSpan period) => false;

        public void Dispose()
        {
        }

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
