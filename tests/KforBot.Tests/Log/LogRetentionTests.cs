using KforBot.Log;

namespace KforBot.Tests.Log;

public sealed class LogRetentionTests
{
    [Fact]
    public async Task Retention_DeletesEntriesOlderThanRetentionDaysOnceADay()
    {
        await using var log = new LogServices(new Dictionary<string, string?> { ["Log:RetentionDays"] = "10" });
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Answered("day 0"), TimeSpan.Zero);
        log.Clock.Advance(TimeSpan.FromDays(5));
        log.Log.Record(Sample.Alice, Sample.Answered("day 5"), TimeSpan.Zero);
        await Eventually(async () => (await log.AllAsync()).Count == 2);

        // Day 10.5: "day 0" is older than 10 days; the daily run (due on day 10 after the start's run on day 0) deletes it.
        log.Clock.Advance(TimeSpan.FromDays(5.5));
        await Eventually(async () => (await log.AllAsync()).Count == 1);

        Assert.Equal(["day 5"], (await log.AllAsync()).Select(e => e.Question));
        Assert.True(log.Logs.Contains("1 entries older than 10 days deleted"));
    }

    [Fact]
    public async Task DeleteOlderThan_KeepsEntriesYoungerThanTheDays()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Answered("old"), TimeSpan.Zero);
        log.Clock.Advance(TimeSpan.FromDays(3));
        log.Log.Record(Sample.Alice, Sample.Answered("new"), TimeSpan.Zero);
        await log.StopAsync();

        var deleted = await log.Get<LogRetention>().DeleteOlderThanAsync(2, CancellationToken.None);

        Assert.Equal(1, deleted);
        Assert.Equal(["new"], (await log.AllAsync()).Select(e => e.Question));
    }

    private static async Task Eventually(Func<Task<bool>> condition)
    {
        for (var i = 0; i < 1_000 && !await condition(); i++)
        {
            await Task.Delay(10);
        }

        Assert.True(await condition());
    }
}
