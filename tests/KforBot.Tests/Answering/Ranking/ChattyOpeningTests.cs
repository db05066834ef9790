using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Answering.Ranking;

/// <summary>
/// A clause a message opens with is skipped only when none of its words names anything the articles speak of and
/// what follows it does: told against the seed articles and general news, with no list of pleasantries.
/// </summary>
public sealed class ChattyOpeningTests(SeedIndexFixture seed) : IClassFixture<SeedIndexFixture>
{
    [Theory]
    [InlineData("hello, sorry to bother you, who commands KFOR now?", "who commands KFOR now?")]
    [InlineData("hey there! hope you are well. when was kfor established?", "when was kfor established?")]
    [InlineData("pardon me - how many American soldiers are in Kosovo?", "how many American soldiers are in Kosovo?")]
    public async Task Skipped_AnOpeningThatNamesNothingTheArticlesHold_ReadsTheQuestionFromTheClauseAfterIt(string message, string asked)
    {
        await using var reader = await seed.Services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);
        var question = QuestionReader.Read(message);

        var skipped = ChattyOpening.Skipped(question, reader);

        Assert.Equal(asked, skipped.SearchText);
        Assert.Equal(message, skipped.Text);
    }

    [Theory]
    [InlineData("about Barduani, who commands KFOR now?")] // a name
    [InlineData("about the withdrawal, what did KFOR say?")] // a word the articles hold more than general news does
    [InlineData("in 1999, how many troops came?")] // a figure
    [InlineData("sorry to bother you, what is the weather like?")] // nothing after it names what the articles hold
    [InlineData("sorry to bother you")] // the last clause is always read
    [InlineData("who commands KFOR now?")]
    public async Task Skipped_AnOpeningClauseThatMayNameTheSubject_LeavesTheQuestionWhole(string message)
    {
        await using var reader = await seed.Services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);
        var question = QuestionReader.Read(message);

        Assert.Same(question, ChattyOpening.Skipped(question, reader));
    }

    [Fact]
    public async Task Answer_AfterAnOpening_IsTheAnswerToTheQuestionAlone_EchoingTheMessage()
    {
        const string Question = "who commands KFOR now?";
        const string Message = "hello, sorry to bother you, " + Question;

        var alone = await seed.Answerer.AnswerAsync(Question, CancellationToken.None);
        var opened = await seed.Answerer.AnswerAsync(Message, CancellationToken.None);

        Assert.Equal(AnswerKind.Answered, alone.Kind);
        Assert.Equal(alone.Kind, opened.Kind);
        Assert.Equal(alone.Passages.Select(p => p.Text), opened.Passages.Select(p => p.Text));
        Assert.Equal(Message, opened.Question);
    }
}
