using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Tests.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering;

/// <summary>Which words no passage holds frame a question, read from the real model on a real index.</summary>
public sealed class WordMeaningShareTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public WordMeaningShareTests()
    {
        _corpus.WriteArticle(
            "troops",
            "KFOR troops",
            "KFOR has about 4,600 soldiers in Kosovo, from 33 countries.",
            "KFOR was established in June 1999, after the war.",
            "The Kosovo Security Force is expected to have over 7,500 members once it becomes an army.");
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task Reframe_ChattyWordsNoPassageHolds_FrameTheQuestionWhileItsSubjectStays()
    {
        var (before, after) = await ReframeAsync("hey, sorry, quick one: when was kfor established anyway?");

        Assert.Equal(WordKind.Content, KindOf(before, "sorry"));
        Assert.Equal(WordKind.Framing, KindOf(after, "sorry"));
        Assert.Equal(WordKind.Framing, KindOf(after, "quick"));
        Assert.Equal(KindOf(before, "established"), KindOf(after, "established")); // held by a passage: never read again
    }

    [Fact]
    public async Task Reframe_TheSubjectNoPassageHolds_StaysAGap()
    {
        var (_, after) = await ReframeAsync("What's the weather in Kosovo tomorrow?");

        Assert.Equal(WordKind.Content, KindOf(after, "weather"));
    }

    [Fact]
    public async Task Reframe_MoreWordsNoPassageHoldsThanAChattyQuestionHas_LeavesEveryWordAsItIs()
    {
        var (before, after) = await ReframeAsync("sorry, what about poems, violins, tulips, glaciers, penguins, volcanoes and sonnets in Kosovo?");

        Assert.Same(before, after);
    }

    [Fact]
    public async Task Reframe_SwitchedOff_LeavesEveryWordAsItIs()
    {
        var (before, after) = await ReframeAsync("hello, sorry to bother, how many soldiers does KFOR have?", minimumShare: 0);

        Assert.Same(before, after);
    }

    private static WordKind KindOf(QuestionTerms terms, string surface) => terms.Words.Single(w => w.Word.Surface == surface).Word.Kind;

    private async Task<(QuestionTerms Before, QuestionTerms After)> ReframeAsync(string text, double minimumShare = 0.015)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        var question = QuestionReader.Read(text);
        var terms = QuestionTerms.Of(question, reader);
        var vector = SharedModel.Encoder.EncodeQuestion(question.SearchText, CancellationToken.None);
        return (terms, WordMeaningShare.Reframe(terms, question, vector, SharedModel.Encoder, minimumShare, CancellationToken.None));
    }
}
