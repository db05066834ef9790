using KforBot.Answering.Questions;

namespace KforBot.Tests.Answering.Questions;

/// <summary>A pasted link is read as the words of its path, in place; the rest of it is no word of the question.</summary>
public sealed class MessageLinksTests
{
    [Theory]
    [InlineData("is this true? https://example.com/news/kfor-leaves-kosovo", "is this true? news kfor leaves kosovo")]
    [InlineData("see www.rferl.org/a/kosovo-us-troops/33300000.html.", "see a kosovo us troops .")]
    [InlineData("rferl.org/a/Kosovo_Troops?utm_source=x#top", "a kosovo troops")]
    [InlineData("https://www.nato.int/", "")]
    public void Words_Link_IsTheWordsOfItsPathInPlace(string message, string words)
    {
        var (text, links) = MessageLinks.Words(message);

        Assert.Equal(message.Length, text.Length);
        Assert.Equal(1, links);
        Assert.Equal(words, string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)));
    }

    [Theory]
    [InlineData("How many U.S. troops are in Kosovo?")]
    [InlineData("What did Rutte say, e.g. about KFOR's 4,500 troops in 2025?")]
    [InlineData("kfor/eufor troops")]
    public void Words_MessageWithoutLink_IsUnchanged(string message) =>
        Assert.Equal((message, 0), MessageLinks.Words(message));

    [Fact]
    public void Read_MessageWithLink_EchoesItAsTypedAndSearchesThePathsWords()
    {
        const string message = "is this true? https://example.com/news/kfor-leaves-kosovo";

        var question = QuestionReader.Read(message);

        Assert.Equal(message, question.Text);
        Assert.Equal(1, question.Links);
        Assert.DoesNotContain(question.Subject, w => w.Surface.Contains("http", StringComparison.Ordinal) || w.Surface.Contains("example", StringComparison.Ordinal));
        Assert.Contains(question.Subject, w => w.Surface == "kosovo");
        Assert.All(question.Words, w => Assert.Equal(w.Surface, question.SearchText[w.Start..w.End]));
    }
}
