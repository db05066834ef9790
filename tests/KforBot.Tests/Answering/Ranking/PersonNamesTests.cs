using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Tests.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering.Ranking;

/// <summary>A "who" question ranks higher the passages that name someone it does not, on a real index and the real model.</summary>
public sealed class PersonNamesTests : IDisposable
{
    private const string Question = "Who handed over KFOR command to Enrico Barduani?";

    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public PersonNamesTests()
    {
        _corpus.WriteArticle(
            "command",
            "New KFOR commander",
            "Enrico Barduani took over KFOR command at a ceremony in Pristina.",
            "The outgoing commander, Major General Ozkan Ulutas, handed over command after a year.");
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Theory]
    [InlineData("The outgoing commander, Major General Ozkan Ulutas, handed over command.", true)]
    [InlineData("KFOR has a new commander, Enrico Barduani.", false)] // the question's own name
    [InlineData("The Pentagon said nothing. The Alliance neither.", false)] // sentences' first words
    [InlineData("KFOR troops patrol the north.", false)]
    public void NameSomeoneElse_IsANameOfSeveralCapitalisedWordsTheQuestionDoesNotHold(string passage, bool expected) =>
        Assert.Equal(expected, PersonNames.NameSomeoneElse(passage, PersonNames.WordsOf(QuestionReader.Read(Question))));

    [Fact]
    public void WordsOf_AreLowerCaseWithoutPossessives() =>
        Assert.Superset(new HashSet<string> { "kfor", "enrico", "barduani" }, PersonNames.WordsOf(QuestionReader.Read("Who is KFOR's commander, Enrico Barduani?")));

    [Theory]
    [InlineData(Question, 0.3, true)]
    [InlineData(Question, 0.0, false)] // switched off
    [InlineData("When did Enrico Barduani take over KFOR command?", 0.3, false)]
    public void AskedBy_OnlyAWhoQuestionWithTheBoostOn(string question, double boost, bool asked) =>
        Assert.Equal(asked, PersonNames.AskedBy(QuestionReader.Read(question), new AnsweringOptions { PersonBoost = boost }) is not null);

    [Fact]
    public async Task Rank_WhoQuestion_TheOnlyPassageNamingSomeoneElseRanksByTheBoost()
    {
        var question = QuestionReader.Read(Question);
        var without = await RankAsync(question, personBoost: 0);
        var with = await RankAsync(question, personBoost: 0.3);

        var ulutas = Score(with, "Ulutas") / Score(without, "Ulutas");
        var barduani = Score(with, "took over") / Score(without, "took over");
        Assert.Equal(1.3, ulutas, 6);
        Assert.Equal(1.0, barduani, 6);
    }

    private static double Score(List<RankedPassage> ranked, string text) => ranked.Single(p => p.Passage.Text.Contains(text, StringComparison.Ordinal)).Score;

    private async Task<List<RankedPassage>> RankAsync(Question question, double personBoost)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        var terms = QuestionTerms.Of(question, reader);
        var vector = SharedModel.Encoder.EncodeQuestion(question.SearchText, CancellationToken.None);
        var options = new AnsweringOptions { PersonBoost = personBoost };
        return HybridRanker.Rank(reader, terms, vector, options, evidence: null, PersonNames.AskedBy(question, options));
    }
}
