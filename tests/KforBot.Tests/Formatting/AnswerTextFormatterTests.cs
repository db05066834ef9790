using KforBot.Answering;
using KforBot.Formatting;

namespace KforBot.Tests.Formatting;

/// <summary>Answers as the console chat and <c>ask</c> print them.</summary>
public sealed class AnswerTextFormatterTests
{
    [Fact]
    public void Format_Refusal_SaysTheSourcesCannotAnswer_ThenWhy_ThenSuggestions()
    {
        var refusal = new Answer("q", new AnswerOutcome.Refused(new Refusal(RefusalKind.NotMentioned) { ArticleCount = 5, Missing = ["Kurti"] }, ["Who is Kadri Kastrati?"]));

        Assert.Equal(
            "I can't answer that from my sources. None of my 5 articles mentions “Kurti”.\nYou could ask, for example:\n  • Who is Kadri Kastrati?",
            AnswerTextFormatter.Format(refusal).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Format_QuestionNotInEnglish_GivesTheReasonAlone_WithoutSayingTheSourcesWereAsked()
    {
        var notEnglish = new Answer("q", new AnswerOutcome.NotEnglish("What is KFOR?"));

        Assert.Equal(ReasonText.NotEnglish("What is KFOR?"), AnswerTextFormatter.Format(notEnglish).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Format_Related_GivesTheReasonThenTheClosestPassagesQuoted_WithoutSuggestions()
    {
        var citation = new Citation("a1", "NATO denies", "Radio Free Europe", new DateOnly(2025, 3, 10), null);
        var related = new Answer("How many Italian soldiers serve in KFOR?", new AnswerOutcome.Related([new QuotedPassage(citation, "KFOR has 4,767 soldiers.", 0.4, [], 7)], ["Italian"], MissingEvidence: null));

        Assert.Equal(
            "My sources don't say that. The closest passage does not mention “Italian”; this is as close as they come:\n\n1. “KFOR has 4,767 soldiers.”\n   — NATO denies · Radio Free Europe · 10 March 2025",
            AnswerTextFormatter.Format(related).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Format_EveryKindOfAnswer_HasAFormOfItsOwn()
    {
        foreach (var kind in Enum.GetValues<AnswerKind>())
        {
            var text = AnswerTextFormatter.Format(AnswerSamples.Of(kind));

            Assert.Equal(kind == AnswerKind.Refused, text.StartsWith("I can't answer that from my sources.", StringComparison.Ordinal));
        }
    }
}
