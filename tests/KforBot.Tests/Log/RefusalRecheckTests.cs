using KforBot.Log;
using KforBot.Log.Storage;

namespace KforBot.Tests.Log;

public sealed class RefusalRecheckTests
{
    [Fact]
    public async Task Recheck_MarksRefusalsTheNewIndexAnswers_AndTheNotificationIsClaimedOnce()
    {
        await using var log = new LogServices(new Dictionary<string, string?> { ["Log:RecheckDays"] = "30" });
        await log.StartAsync();
        var tooOld = log.Log.Record(Sample.Alice, Sample.Refused("What did Albin Kurti say?", "Albin Kurti"), TimeSpan.Zero);
        log.Clock.Advance(TimeSpan.FromDays(31));
        var kurti = log.Log.Record(Sample.Bob, Sample.Refused("What did Albin Kurti say?", "Albin Kurti"), TimeSpan.Zero);
        var weather = log.Log.Record(Sample.Alice, Sample.Refused("Weather in Pristina?", "weather"), TimeSpan.Zero);
        log.Log.SetNotifyMe(kurti, "chat-1002");
        await log.StopAsync();
        log.Answerer.Answer(Sample.Answered("What did Albin Kurti say?", Sample.Quote("kurti-interview", 9, 1, 3.0)));

        var marked = await log.Get<RefusalRecheck>().RecheckAsync(CancellationToken.None);

        Assert.Equal([kurti], marked.Select(e => e.Id));
        Assert.Equal(["What did Albin Kurti say?", "Weather in Pristina?"], log.Answerer.Asked);
        var entry = (await log.Queries.FindAsync(kurti, CancellationToken.None))!;
        Assert.Equal(new NowAnswerable(log.Clock.GetUtcNow(), "kurti-interview"), entry.NowAnswerable);
        Assert.Null((await log.Queries.FindAsync(tooOld, CancellationToken.None))!.NowAnswerable);
        Assert.Null((await log.Queries.FindAsync(weather, CancellationToken.None))!.NowAnswerable);

        var due = new List<InteractionEntry>();
        await foreach (var notification in log.Queries.NotificationsDueAsync(CancellationToken.None))
        {
            due.Add(notification);
        }

        Assert.Equal([(kurti, "chat-1002")], due.Select(e => (e.Id, e.NotifyTo)));
        var store = log.Get<IInteractionStore>();
        Assert.True(await store.ClaimNotificationAsync(kurti, log.Clock.GetUtcNow(), CancellationToken.None));
        Assert.False(await store.ClaimNotificationAsync(kurti, log.Clock.GetUtcNow(), CancellationToken.None));
        Assert.False(await store.ClaimNotificationAsync(weather, log.Clock.GetUtcNow(), CancellationToken.None));
        await foreach (var _ in log.Queries.NotificationsDueAsync(CancellationToken.None))
        {
            Assert.Fail("A notification sent once is not due again.");
        }

        // A second re-check does not ask again what is already answerable.
        log.Answerer.Asked.Clear();
        Assert.Empty(await log.Get<RefusalRecheck>().RecheckAsync(CancellationToken.None));
        Assert.Equal(["Weather in Pristina?"], log.Answerer.Asked);
    }
}
