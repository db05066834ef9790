using System.Data.Common;
using KforBot.Log.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KforBot.Log;

/// <summary>
/// Writes the queued changes to the log file in batches, off the answering path. When the file fails (locked,
/// disk full, folder gone) it keeps the batch, says so, and retries with a growing pause while answers go on;
/// stopping the host writes everything still queued, and what cannot be written then is counted and reported as lost.
/// </summary>
internal sealed class InteractionLogWriter(
    LogQueue queue,
    IInteractionStore store,
    LogDatabase database,
    TimeProvider timeProvider,
    ILogger<InteractionLogWriter> logger) : BackgroundService
{
    // One transaction per batch: large enough that a burst costs few commits, small enough to hold in memory.
    private const int MaxBatch = 500;
    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan LongestRetry = TimeSpan.FromSeconds(30);

    private readonly List<LogChange> _batch = new(MaxBatch);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            while (await queue.Reader.WaitToReadAsync(stoppingToken).ConfigureAwait(false))
            {
                TakeBatch();
                await WriteUntilDoneAsync(stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopping: StopAsync writes everything still queued.
        }
    }

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        // Drained here rather than at the end of ExecuteAsync: a host stopped right after it started may cancel
        // ExecuteAsync before it ever runs. Skipped only when the host gave up waiting for the loop.
        if (ExecuteTask is null || ExecuteTask.IsCompleted)
        {
            queue.Close();
            await DrainAsync().ConfigureAwait(false);
        }
    }

    private void TakeBatch()
    {
        // A Forget goes alone: its caller waits for its count, and it must follow the changes queued before it.
        while (_batch.Count < MaxBatch && queue.Reader.TryPeek(out var next))
        {
            if (next is LogChange.Forget && _batch.Count > 0)
            {
                return;
            }

            queue.Reader.TryRead(out _);
            _batch.Add(next);
            if (next is LogChange.Forget)
            {
                return;
            }
        }
    }

    private async Task WriteUntilDoneAsync(CancellationToken stoppingToken)
    {
        var delay = FirstRetry;
        var failed = false;
        while (true)
        {
            queue.Retrying(_batch.Count);
            var failure = await TryWriteAsync(stoppingToken).ConfigureAwait(false);
            if (failure is null)
            {
                if (failed)
                {
                    LogMessages.WriteRecovered(logger, database.Path, _batch.Count);
                }

                Done();
                return;
            }

            failed = true;
            LogMessages.WriteFailed(logger, database.Path, failure.Message, queue.Health.Waiting, delay.TotalSeconds, failure);
            await Task.Delay(delay, timeProvider, stoppingToken).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, LongestRetry.Ticks));
        }
    }

    /// <summary>The host is stopping: one more try for every batch still held or queued, then the rest is lost.</summary>
    private async Task DrainAsync()
    {
        do
        {
            TakeBatch();
            if (_batch.Count == 0)
            {
                return;
            }

            if (await TryWriteAsync(CancellationToken.None).ConfigureAwait(false) is { } failure)
            {
                var lost = _batch.Count + queue.Reader.Count;
                foreach (var forget in _batch.Concat(DrainQueue()).OfType<LogChange.Forget>())
                {
                    forget.Done.TrySetException(new IOException("The interaction log could not be written; nothing was deleted.", failure));
                }

                queue.Lost(lost, batchDropped: true);
                _batch.Clear();
                LogMessages.LostAtShutdown(logger, database.Path, lost, failure.Message);
                return;
            }

            Done();
        }
        while (true);
    }

    private IEnumerable<LogChange> DrainQueue()
    {
        while (queue.Reader.TryRead(out var change))
        {
            yield return change;
        }
    }

    /// <summary>Writes the batch; returns the failure a retry may cure, or null when written.</summary>
    private async Task<Exception?> TryWriteAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_batch is [LogChange.Forget forget])
            {
                forget.Done.TrySetResult(await store.ForgetAsync(forget.User, cancellationToken).ConfigureAwait(false));
            }
            else
            {
                await store.ApplyAsync(_batch, cancellationToken).ConfigureAwait(false);
            }

            return null;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or LogSchemaException)
        {
            return e;
        }
    }

    private void Done()
    {
        queue.Written(_batch.Count);
        _batch.Clear();
    }
}
