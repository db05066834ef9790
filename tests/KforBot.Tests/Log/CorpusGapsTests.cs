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
}
