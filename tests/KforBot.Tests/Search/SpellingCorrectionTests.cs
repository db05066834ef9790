using KforBot.Search.Spelling;

namespace KforBot.Tests.Search;

/// <summary>A question's word no passage holds, read as the passages' word closest in spelling, when it is a typo.</summary>
public sealed class SpellingCorrectionTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public SpellingCorrectionTests()
    {
        _corpus.WriteArticle("change", "No change", "The Pentagon announced no change in the deployment of forces within KFOR.");
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Theory]
    [InlineData("chnage", "change")]
    [InlineData("deplyment", "deployment")]
    [InlineData("soliders", "soldiers")]
    public async Task CorrectSpelling_Typo_IsThePassagesWord(string typo, string written)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Equal(written, reader.CorrectSpelling(typo));
    }

    [Theory]
    [InlineData("charge")] // one letter from "change": "who is in charge of KFOR?" is not about a change
    [InlineData("bride")] // one letter from "bridge"
    [InlineData("patron")] // one letter from "patrol"
    public async Task CorrectSpelling_EnglishWordNoPassageHolds_IsLeftAsWritten(string word)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Null(reader.CorrectSpelling(word));
    }

    [Fact]
    public void KnownWords_AreTheModelsWholeWords()
    {
        Assert.InRange(KnownWords.Count, 20_000, 30_000);
        Assert.True(KnownWords.Contains("charge"));
        Assert.False(KnownWords.Contains("soliders"));
        Assert.False(KnownWords.Contains("##ing"));
    }
}
