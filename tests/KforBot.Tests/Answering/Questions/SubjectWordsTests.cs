using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;
using KforBot.Search.Lucene;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering.Questions;

/// <summary>
/// Whether a question word names its subject or only frames it, told by how often the articles use it against how
/// often general news does, and whether it is a name, told by how the articles write it: no list of English words
/// decides it.
/// </summary>
public sealed class SubjectWordsTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("how many troops are in the mission in total", "troops", "Content")]
    [InlineData("how many troops are in the mission in total", "total", "Framing")]
    [InlineData("what is new about the mission", "new", "Framing")]
    [InlineData("when was the mission set up", "set", "Framing")]
    [InlineData("who is in charge of the mission", "charge", "Framing")]
    [InlineData("what is the weather like in the north", "weather", "Content")]
    [InlineData("write me a poem about the mission", "poem", "Content")]
    [InlineData("what about the withdrawal", "withdrawal", "Content")]
    [InlineData("how many german soldiers are in kfor", "german", "Name")]
    [InlineData("how many german soldiers are in kfor", "kfor", "Name")]
    [InlineData("how many german soldiers are in kfor", "soldiers", "Content")]
    [InlineData("who is barduani", "barduani", "Name")]
    public async Task Kind_FromTheArticlesAgainstGeneralNews(string message, string word, string kind)
    {
        await using var reader = await seed.Services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);

        var terms = QuestionTerms.Of(QuestionReader.Read(message), reader);

        Assert.Equal(Enum.Parse<WordKind>(kind), Assert.Single(terms.Words, w => w.Word.Surface == word).Word.Kind);
    }

    [Theory]
    [InlineData("who is the commander of kfor?")]
    [InlineData("who is the kfor commander")]
    public async Task Terms_OfARuleOfSeveralWords_StayWithTheWordsTheyCameFrom(string message)
    {
        await using var reader = await seed.Services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);

        var terms = QuestionTerms.Of(QuestionReader.Read(message), reader);

        Assert.Equal(["command"], Assert.Single(terms.Words, w => w.Word.Surface == "commander").Terms);
        Assert.Equal(["kfor"], Assert.Single(terms.Words, w => w.Word.Surface == "kfor").Terms);
    }

    [Fact]
    public void BackgroundTerms_CountGeneralNews_AsAnalysed()
    {
        Assert.Equal(21_577, BackgroundTerms.Documents);

        // Stemmed as passages are: "troops" is counted as "troop"; a word no story holds is rare, not impossible.
        Assert.InRange(BackgroundTerms.Share("troop"), 0.001, 0.01);
        Assert.InRange(BackgroundTerms.Share("total"), 0.05, 0.2);
        Assert.Equal(1.0 / (BackgroundTerms.Documents + 1), BackgroundTerms.Share("kfor"));
    }
}
