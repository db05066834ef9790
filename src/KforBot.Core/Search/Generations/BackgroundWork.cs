using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace KforBot.Search.Generations;

/// <summary>
/// Runs an action on each item, in order, on a thread of its own, while the caller goes on producing items (a build
/// reads and embeds passages while Lucene analyses and writes the ones before). At most <c>capacity</c> items wait.
/// When the action fails, <see cref="Token"/> is cancelled, so the producer stops instead of waiting on a full queue,
/// and <see cref="Complete"/> throws the action's exception as it was.
/// </summary>
internal sealed class BackgroundWork<T> : IDisposable
{
    private readonly BlockingCollection<T> _queue;
    private readonly CancellationTokenSource _stop;
    private readonly Task _worker;

    public BackgroundWork(Action<T> action, int capacity, CancellationToken cancellationToken)
    {
        _queue = new BlockingCollection<T>(capacity);
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _worker = Task.Factory.StartNew(() => Run(action), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    /// <summary>Cancelled when the caller's token is, or when the action has failed.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Queues an item; waits while the queue is full.</summary>
    /// <exception cref="OperationCanceledException">The work was stopped: cancelled, or the action failed.</exception>
    public void Add(T item) => _queue.Add(item, _stop.Token);

    /// <summary>Waits until every item queued is done; throws the action's failure, or the cancellation.</summary>
    public void Complete()
    {
        _queue.CompleteAdding();
        WaitUntilEnded();
        if (_worker.Exception?.InnerException is { } failure)
        {
            ExceptionDispatchInfo.Throw(failure);
        }

        _stop.Token.ThrowIfCancellationRequested();
    }

    /// <summary>Stops taking items and waits for the thread to end: what the action writes to may be disposed next.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        WaitUntilEnded();
        _queue.Dispose();
        _stop.Dispose();
    }

    private void Run(Action<T> action)
    {
        try
        {
            foreach (var item in _queue.GetConsumingEnumerable(_stop.Token))
            {
                action(item);
            }
        }
        catch (OperationCanceledException) when (_stop.IsCancellationRequested)
        {
            // Stopped by the caller: Complete reports the cancellation.
        }
        catch
        {
            _stop.Cancel();
            throw;
        }
    }

    private void WaitUntilEnded() => ((IAsyncResult)_worker).AsyncWaitHandle.WaitOne();
}
