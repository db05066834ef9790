using KforBot.Answering.Questions;

namespace KforBot.Tests.Answering.Questions;

/// <summary>A possessive is its word: either apostrophe, any case; other words ending in "s" keep it.</summary>
public sealed class PossessiveTests
{
    [Theory]
    [InlineData("KFOR's", "KFOR")]
    [InlineData("Serbia’s", "Serbia")]
    [InlineData("NATO'S", "NATO")]
    [InlineData("what's", "what")]
    [InlineData("soldiers", "soldiers")]
    [InlineData("Rutte", "Rutte")]
    [InlineData("s", "s")]
    public void Without_TakesOffOnlyAPossessive(string word, string expected) =>
        Assert.Equal(expected, Possessive.Without(word));
}
