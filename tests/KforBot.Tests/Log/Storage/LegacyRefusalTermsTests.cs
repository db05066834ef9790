using KforBot.Log.Storage;

namespace KforBot.Tests.Log.Storage;

/// <summary>Reasons as versions before the log's schema 2 wrote them, which its migration reads.</summary>
public sealed class LegacyRefusalTermsTests
{
    [Theory]
    [InlineData("None of my 5 articles mentions “Albin Kurti”.", "Albin Kurti")]
    [InlineData("None of my 5 articles contains “helicopters” or “drones”.", "helicopters|drones")]
    [InlineData("My articles mention “Pristina”, but none of them mentions “weather”.", "weather")]
    [InlineData("The passage that comes closest mentions “soldiers” and “KFOR” but not “Turkish”.", "Turkish")]
    [InlineData("My articles mention “soldiers”, “KFOR” and “German”, but no passage speaks of them together.", "soldiers|KFOR|German")]
    [InlineData("My articles mention “a” and “b”, but no passage speaks of them together, and none of them mentions “c”.", "c")]
    [InlineData("My articles speak of “soldiers” and “Turkish” together only in passages that don't give a figure.", "soldiers|Turkish")]
    [InlineData("None of my 5 articles says anything about “no man's land”.", "no man's land")]
    [InlineData("There is nothing in your message I can look up.", "")]
    public void Uncovered_NamesTheWordsTheReasonSaysNoArticleCovers(string reason, string expected)
    {
        Assert.Equal(expected.Length == 0 ? [] : expected.Split('|'), LegacyRefusalTerms.Uncovered(reason));
    }
}
