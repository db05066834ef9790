using KforBot.Answering;
using KforBot.Formatting;

namespace KforBot.Tests.Formatting;

/// <summary>Answers as the console chat and <c>ask</c> print them.</summary>
public sealed class AnswerTextFormatterTests
{
    [Fact]
    public void Format_Refusal_SaysTheSourcesCannotAnswer_ThenWhy_ThenSuggestions()
    {
        var refusal = new Answer("q", AnswerKind.Refused, "None of my 5 articles mentions “Kurti”.", [], ["Who is Kadri Kastrati?"], null, 0);

        Assert.Equal(
            "I can't answer that from my sources. None of my 5 articles mentions “Kurti”.\nYou could ask, for example:\n  • Who is Kadri Kastrati?",
            AnswerTextFormatter.Format(refusal).ReplaceLineEndings("\n"));
    }

    [Fact]
    public void Format_QuestionNotInEnglish_GivesTheReasonAlone_WithoutSayingTheSourcesWereAsked()
    {
        var notEnglish = new Answer("q", AnswerKind.NotEnglish, "I read questions in English only.\nShqip: …", [], [], null, 0);

        Assert.Equal("I read questions in English only.\nShqip: …", AnswerTextFormatter.Format(notEnglish).ReplaceLineEndings("\n"));
    }
}
