using KforBot.Search.Generations;

namespace KforBot.Tests.Search;

/// <summary>The build's second thread: Lucene writes passages while the first one reads and embeds the next ones.</summary>
public sealed class BackgroundWorkTests
{
    [Fact]
    public void Complete_EveryItemDoneInOrder()
    {
        var done = new List<int>();
        using var work = new BackgroundWork<int>(done.Add, capacity: 4, CancellationToken.None);

        foreach (var item in Enumerable.Range(0, 1_000))
        {
            work.Add(item);
        }

        work.Complete();

        Assert.Equal(Enumerable.Range(0, 1_000), done);
    }

    [Fact]
    public void ActionFails_TheProducerIsStoppedInsteadOfWaitingOnAFullQueue_AndCompleteThrowsTheFailure()
    {
        using var work = new BackgroundWork<int>(item => throw new IOException("No space left on device"), capacity: 2, CancellationToken.None);

        // Without the stop, the third Add would wait forever on a queue nobody empties.
        Assert.Throws<OperationCanceledException>(() =>
        {
            foreach (var item in Enumerable.Range(0, 100))
            {
                work.Add(item);
            }
        });

        Assert.True(work.Token.IsCancellationRequested);
        Assert.Equal("No space left on device", Assert.Throws<IOException>(work.Complete).Message);
    }

    [Fact]
    public void CallerCancels_CompleteSaysSo()
    {
        using var cancel = new CancellationTokenSource();
        using var work = new BackgroundWork<int>(_ => { }, capacity: 4, cancel.Token);
        work.Add(1);

        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(work.Complete);
    }

    [Fact]
    public void CallerCancels_AddSaysSo_AndDisposeWaitsForTheItemInHand()
    {
        using var cancel = new CancellationTokenSource();
        var inAction = new ManualResetEventSlim();
        var release = new ManualResetEventSlim();
        var finished = false;
        var work = new BackgroundWork<int>(
            item =>
            {
                inAction.Set();
                release.Wait(TimeSpan.FromSeconds(30));
                finished = true;
            },
            capacity: 1,
            cancel.Token);
        work.Add(1);
        Assert.True(inAction.Wait(TimeSpan.FromSeconds(30)));

        cancel.Cancel();

        Assert.Throws<OperationCanceledException>(() => work.Add(2));
        _ = Task.Run(async () =>
        {
            await Task.Delay(200);
            release.Set();
        });
        work.Dispose();

        // The writer the action uses is disposed right after: the item in hand was finished first.
        Assert.True(finished);
    }
}
