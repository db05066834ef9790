using System.Threading.Channels;

namespace KforBot.Log;

/// <summary>
/// The changes waiting for the background writer, and the counts an operator needs when the log file fails:
/// how many changes are waiting, how many were written, how many were lost.
/// </summary>
internal sealed class LogQueue
{
    /// <summary>
    /// Changes held while the file cannot be written. At about a kilobyte each this caps the memory a broken log
    /// can take at a few tens of megabytes; beyond it, new changes are counted as lost instead of slowing answers.
    /// </summary>
    public const int Capacity = 20_000;

    private readonly Channel<LogChange> _changes = Channel.CreateBounded<LogChange>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    private long _written;
    private long _lost;
    private int _retrying;

    public ChannelReader<LogChange> Reader => _changes.Reader;

    public LogHealth Health => new(
        Waiting: _changes.Reader.Count + Volatile.Read(ref _retrying),
        Written: Interlocked.Read(ref _written),
        Lost: Interlocked.Read(ref _lost));

    /// <summary>Queues a change without waiting; false (and counted as lost) when the queue is full or closed.</summary>
    public bool TryAdd(LogChange change)
    {
        if (_changes.Writer.TryWrite(change))
        {
            return true;
        }

        Interlocked.Increment(ref _lost);
        return false;
    }

    /// <summary>No more changes are taken (the writer has stopped); later ones count as lost.</summary>
    public void Close() => _changes.Writer.TryComplete();

    public void Retrying(int count) => Volatile.Write(ref _retrying, count);

    public void Written(int count)
    {
        Interlocked.Add(ref _written, count);
        Volatile.Write(ref _retrying, 0);
    }

    /// <summary>Counts changes dropped: the batch held for retries (which is let go), or changes never queued.</summary>
    public void Lost(int count, bool batchDropped = false)
    {
        Interlocked.Add(ref _lost, count);
        if (batchDropped)
        {
            Volatile.Write(ref _retrying, 0);
        }
    }
}

/// <summary>The interaction log's counts, for <c>/stats</c> and the logs.</summary>
/// <param name="Waiting">Changes queued or being retried.</param>
/// <param name="Written">Changes written since start.</param>
/// <param name="Lost">Changes dropped since start: the queue was full, or the file still failed at shutdown.</param>
internal sealed record LogHealth(long Waiting, long Written, long Lost);
