using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Tests.Search;

/// <summary>An article's title, outlet and date are searched with each of its passages, though no passage says them.</summary>
public sealed class ArticleContextSearchTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public ArticleContextSearchTests()
    {
        _bot = _corpus.Services();
        _corpus.Write(
            "corpus/bridge.md",
            "---\ntitle: \"Bridge reopened\"\noutlet: \"Radio Dardania\"\npublished: \"2013-06-01\"\n---\n\nThe bridge over the Ibar was opened to cars again.\n");
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Theory]
    [InlineData("What did Radio Dardania report?")]
    [InlineData("what happened in 2013")]
    [InlineData("news from june 2013")]
    public async Task SearchTerms_WordsOnlyTheArticlesCitationHolds_FindItsPassage(string question)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        var found = reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read(question), reader).All, 3);

        Assert.Equal("bridge", reader.Passage(found[0].Ordinal).ArticleId);
    }

    [Fact]
    public async Task SearchTerms_APassagesOwnWords_OutweighItsArticlesTitle()
    {
        // "Patrols in the north" is a title; "patrol" is in both of that article's passages, but only one says "bridge".
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        var found = reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read("bridge patrols"), reader).All, 3);

        Assert.Contains("bridge in Mitrovica", reader.Passage(found[0].Ordinal).Text, StringComparison.Ordinal);
    }
}
