using KforBot.Answering;
using KforBot.Formatting;
using KforBot.Telegram.Formatting;
using KforBot.Tests.Formatting;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.Formatting;

public sealed class AnswerHtmlFormatterTests
{
    private static readonly Citation Linked = new("a1", "NATO & \"KFOR\" <today>", "Outlet <One>", new DateOnly(2025, 3, 10), new Uri("https://example.org/a?x=1&y=\"2\""));

    [Fact]
    public void Format_EscapesArticleText_AndLinksTheTitle()
    {
        var answer = Answered(new QuotedPassage(Linked, "Troops <b>stay</b> & \"watch\" > wait", 1, [new TextSpan(0, 6)], 1));

        var html = Assert.Single(AnswerHtmlFormatter.Format(answer, "Here is what my sources say:"));

        HtmlChecks.AssertValidTelegramHtml(html);
        Assert.Contains("<blockquote><b>Troops</b> &lt;b&gt;stay&lt;/b&gt; &amp; \"watch\" &gt; wait</blockquote>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"https://example.org/a?x=1&amp;y=%222%22\">NATO &amp; \"KFOR\" &lt;today&gt;</a> · Outlet &lt;One&gt; · 10 March 2025", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_LongAnswer_IsSplitOnPassageBoundaries_EachMessageWithin4096()
    {
        var passages = Enumerable.Range(0, 6).Select(i => new QuotedPassage(Linked, $"Passage {i} " + string.Concat(Enumerable.Repeat("a&b ", 400)), 1, [], i)).ToList();

        var messages = AnswerHtmlFormatter.Format(Answered([.. passages]), "Here is what my sources say:");

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.InRange(m.Length, 1, TelegramHtml.MaxMessageLength));
        Assert.All(messages, HtmlChecks.AssertValidTelegramHtml);
        Assert.Equal(6, messages.Sum(m => m.Split("<blockquote>").Length - 1));
        Assert.All(passages, p => Assert.Single(messages, m => m.Contains($"Passage {p.PassageId} ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Format_PassageTooLongForOneMessage_IsShortenedAtAWord()
    {
        var text = string.Concat(Enumerable.Repeat("<&> word ", 2000));

        var html = Assert.Single(AnswerHtmlFormatter.Format(Answered(new QuotedPassage(Linked, text, 1, [new TextSpan(17990, 4)], 1)), "Lead"));

        Assert.InRange(html.Length, 3000, TelegramHtml.MaxMessageLength);
        Assert.Contains("word […]</blockquote>", html, StringComparison.Ordinal);
        HtmlChecks.AssertValidTelegramHtml(html);
    }

    [Fact]
    public void Format_Refusal_GivesReasonAndSuggestions()
    {
        var refusal = new Answer("q", new AnswerOutcome.Refused(new Refusal(RefusalKind.NotMentioned) { ArticleCount = 5, Missing = ["<x>"] }, ["Who is Kadri Kastrati?"]));

        var html = Assert.Single(AnswerHtmlFormatter.Format(refusal, "unused"));

        Assert.Equal("I can't answer that from my sources. None of my 5 articles mentions “&lt;x&gt;”.\n\nYou could ask, for example:\n• Who is Kadri Kastrati?", html);
    }

    [Fact]
    public void Format_QuestionNotInEnglish_GivesTheReasonAlone_WithoutSayingTheSourcesWereAsked()
    {
        var notEnglish = new Answer("q", new AnswerOutcome.NotEnglish("What is <KFOR>?"));

        var html = Assert.Single(AnswerHtmlFormatter.Format(notEnglish, "unused"));

        Assert.Equal(TelegramHtml.Escape(ReasonText.NotEnglish("What is <KFOR>?")), html);
        Assert.Contains("“What is &lt;KFOR&gt;?”", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToPlainText_RemovesMarkup_AndKeepsLinks()
    {
        var plain = TelegramHtml.ToPlainText("<blockquote><b>A</b> &lt;&amp;&gt;</blockquote>\n— <a href=\"https://x.org/?a=1&amp;b=2\">T &amp; U</a>");

        Assert.Equal("A <&>\n— T & U (https://x.org/?a=1&b=2)", plain);
    }

    private static Answer Answered(params QuotedPassage[] passages) =>
        new("q", new AnswerOutcome.Answered(passages, 0, FiguresDiffer: false));

    [Fact]
    public void Format_Related_QuotesTheClosestPassagesAfterTheReason_NotAsARefusalWithSuggestions()
    {
        var answer = new Answer("q", new AnswerOutcome.Related([new QuotedPassage(Linked, "KFOR has 4,767 soldiers & more.", 0.4, [], 7)], ["Italian"], MissingEvidence: null));

        var html = Assert.Single(AnswerHtmlFormatter.Format(answer, "Here is what my sources say:"));

        HtmlChecks.AssertValidTelegramHtml(html);
        Assert.StartsWith("My sources don't say that.", html, StringComparison.Ordinal);
        Assert.Contains("<blockquote>KFOR has 4,767 soldiers &amp; more.</blockquote>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Here is what my sources say", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Kadri Kastrati", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Format_EveryKindOfAnswer_HasAFormOfItsOwn()
    {
        foreach (var kind in Enum.GetValues<AnswerKind>())
        {
            var html = string.Concat(AnswerHtmlFormatter.Format(AnswerSamples.Of(kind), "lead"));

            Assert.Equal(kind == AnswerKind.Refused, html.StartsWith("I can't answer that from my sources.", StringComparison.Ordinal));
        }
    }
}
