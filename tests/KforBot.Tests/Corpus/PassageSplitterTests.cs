using System.Text.RegularExpressions;
using KforBot.Corpus;

namespace KforBot.Tests.Corpus;

public sealed partial class PassageSplitterTests
{
    [Fact]
    public void Split_Headings_LabelThePassagesUnderThemAndAreNotPassages()
    {
        var passages = PassageSplitter.Split(Article("""
            The first paragraph has enough words to stand on its own as a passage.

            ## What does NATO say?

            The second paragraph also has enough words to stand on its own here.
            """));

        Assert.Equal(2, passages.Count);
        Assert.Null(passages[0].Heading);
        Assert.Equal("What does NATO say?", passages[1].Heading);
        Assert.DoesNotContain(passages, p => p.Text.Contains('#', StringComparison.Ordinal));
        Assert.Equal([0, 1], passages.Select(p => p.Position));
    }

    [Fact]
    public void Split_Fragment_JoinsTheNextParagraph()
    {
        var passages = PassageSplitter.Split(Article("""
            "So, be prepared," Shea says.

            The next paragraph has plenty of words so that it is a passage of its own.
            """));

        var passage = Assert.Single(passages);
        Assert.StartsWith("\"So, be prepared,\" Shea says.\n", passage.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_FragmentAtTheEnd_JoinsThePreviousParagraph()
    {
        var passages = PassageSplitter.Split(Article("""
            The only real paragraph has plenty of words so that it is a passage of its own.

            /REL
            """));

        Assert.EndsWith("\n/REL", Assert.Single(passages).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("He criticized European leaders for rejecting the far right, while linking the future of troops to policy.")]
    [InlineData("\"The Balkans are of great strategic importance to NATO, especially because of their access to the sea.\"")]
    public void Split_ParagraphReferringBackToAOneSentenceLeadIn_StaysWithIt(string next)
    {
        var passages = PassageSplitter.Split(Article($"""
            The opening paragraph is long enough to be a passage on its own, and it has two sentences. This is the second.

            Another element was added to this debate by US Vice President JD Vance.

            {next}
            """));

        Assert.Equal(2, passages.Count);
        Assert.Equal("Another element was added to this debate by US Vice President JD Vance.\n" + next, passages[1].Text);
    }

    [Theory]
    [InlineData("The opening paragraph is long enough to be a passage, and it has two sentences. This is the second.", "He criticized European leaders for rejecting the far right.")]
    [InlineData("Another element was added to this debate by US Vice President JD Vance.", "Vance criticized European leaders for rejecting the far right.")]
    public void Split_LongerParagraphOrOneThatNamesItsSubject_StaysApart(string first, string second)
    {
        var passages = PassageSplitter.Split(Article($"""
            {first}

            {second}
            """));

        Assert.Equal([first, second], passages.Select(p => p.Text));
    }

    [Fact]
    public void Split_LongParagraph_CutsAtSentenceBoundariesKeepingEveryWord()
    {
        var sentence = "The U.S. contingent in Kosovo is small and Gen. Jackson said so in 1999 to the press. ";
        var paragraph = string.Concat(Enumerable.Repeat(sentence, 12)).Trim();

        var passages = PassageSplitter.Split(Article(paragraph));

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.InRange(p.WordCount, 20, PassageSplitter.MaxWords));
        Assert.All(passages, p => Assert.EndsWith("press.", p.Text, StringComparison.Ordinal));
        Assert.Equal(Collapse(paragraph), Collapse(string.Join(' ', passages.Select(p => p.Text))));
    }

    [Fact]
    public void Split_SeedCorpus_EveryPassageIsVerbatimArticleText()
    {
        var loader = new CorpusLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<CorpusLoader>.Instance);
        var corpus = loader.Open(Support.RepositoryPaths.Corpus);

        foreach (var article in corpus.ReadArticles(CancellationToken.None))
        {
            var body = Collapse(article.Body);
            foreach (var passage in PassageSplitter.Split(article))
            {
                Assert.Contains(Collapse(passage.Text), body, StringComparison.Ordinal);
                Assert.True(passage.WordCount >= PassageSplitter.MinWords, passage.Text);
            }
        }
    }

    [Theory]
    [InlineData("He met Mr. Smith in the U.S. on Monday. Then he left.", 2)]
    [InlineData("NATO said so. “We are ready,” he added. Nobody objected!", 3)]
    [InlineData("Troops numbered 4,600. That was in 2025.", 2)]
    [InlineData("Is it true? Yes. It is.", 3)]
    public void SentenceSplitter_Text_FindsTheSentences(string text, int expected) =>
        Assert.Equal(expected, SentenceSplitter.Split(text).Count);

    private static Article Article(string body) => new("a", "Title", "Outlet", null, null, "en", body, "a.md");

    private static string Collapse(string text) => WhiteSpace().Replace(text, " ").Trim();

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();
}
