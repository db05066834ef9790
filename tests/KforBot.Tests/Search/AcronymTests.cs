using KforBot.Answering;
using KforBot.Formatting;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search.Spelling;

namespace KforBot.Tests.Search;

/// <summary>A question's acronym no passage writes, read as the passages' capitalised phrase that spells it.</summary>
public sealed class AcronymTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public AcronymTests()
    {
        _corpus.WriteArticle(
            "change",
            "KFOR Change of Command",
            "Admiral Stuart Munsch, Commander of Allied Joint Force Command Naples, handed over the KFOR flag to the new commander.",
            "The ceremony followed the release of the National Security Strategy in Washington.",
            "Officers of Allied Command Europe attended.",
            "The ceremony was held at the base of the KSB in the north.");
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public void Expansions_PhraseMostPassagesHold_IsTheOneKept()
    {
        var acronyms = new Acronyms();
        acronyms.Add("The Commander of Joint Force Command Naples spoke.");
        acronyms.Add("Joint Force Command staff attended; Joint Force Command again in the same passage.");
        acronyms.Add("A contract went to Jupiter Fuel Company.");

        var expansions = acronyms.Expansions();

        Assert.Equal("Joint Force Command", expansions["JFC"]);
        Assert.Equal("Force Command Naples", expansions["FCN"]);
        Assert.False(expansions.ContainsKey("CJ")); // "of" between them: not one run of capitalised words
    }

    [Theory]
    [InlineData("JFC", true)]
    [InlineData("NSS", true)]
    [InlineData("Kfor", false)]
    [InlineData("A", false)]
    [InlineData("ABCDEFG", false)]
    [InlineData("U.S.", false)]
    public void IsAcronym_TwoToSixCapitals(string word, bool expected) => Assert.Equal(expected, Acronyms.IsAcronym(word));

    [Fact]
    public async Task AcronymPhrase_BuiltIndex_GivesThePhraseThePassagesWrite()
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Equal("Joint Force Command", reader.AcronymPhrase("JFC"));
        Assert.Equal("National Security Strategy", reader.AcronymPhrase("NSS"));
        Assert.Null(reader.AcronymPhrase("XYZ"));
        Assert.Null(reader.AcronymPhrase("jfc")); // typed in lower case it is read as a word, not an acronym
    }

    [Theory]
    [InlineData("Who commands JFC Naples?", "JFC Naples", "Joint Force Command Naples")]
    [InlineData("what does the NSS say", "NSS", "National Security Strategy")]
    [InlineData("what does the nss say", "nss", "National Security Strategy")] // typed in lower case, and no English word
    public async Task QuestionTerms_AcronymNoPassageWrites_IsReadAsItsPhraseAndHeld(string question, string surface, string phrase)
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        var word = Assert.Single(QuestionTerms.Of(QuestionReader.Read(question), reader).Words, w => w.Word.Surface == surface);

        Assert.Equal(phrase, word.Correction);
        Assert.True(word.IsInCorpus);
    }

    [Fact]
    public async Task QuestionTerms_NameSpeltOutThatThePassagesWriteAsAnAcronym_IsReadAsTheAcronym()
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        var word = Assert.Single(QuestionTerms.Of(QuestionReader.Read("Where is the Kosovo Support Base?"), reader).Words, w => w.Word.Surface == "Kosovo Support Base");

        Assert.Equal("KSB", word.Correction);
        Assert.True(word.IsInCorpus);
    }

    [Fact]
    public async Task QuestionTerms_EnglishWordThatSpellsAnAcronym_IsLeftAsWritten()
    {
        await _bot.BuildSucceedingAsync();
        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.Equal("Allied Command Europe", reader.AcronymPhrase("ACE"));

        var word = Assert.Single(QuestionTerms.Of(QuestionReader.Read("who is the ace pilot"), reader).Words, w => w.Word.Surface == "ace");

        Assert.Null(word.Correction);
    }

    [Fact]
    public async Task Answer_AcronymOfAPhraseThePassagesWrite_IsNeverCalledMissing()
    {
        await _bot.BuildSucceedingAsync();

        var answer = await _bot.Get<IQuestionAnswerer>().AnswerAsync("Who commands JFC Naples?", CancellationToken.None);

        Assert.DoesNotContain("JFC", ReasonText.Of(answer) ?? string.Empty, StringComparison.Ordinal);
        Assert.Contains(answer.Passages.Concat(answer.Related), p => p.Text.Contains("Joint Force Command Naples", StringComparison.Ordinal));
    }
}
