using KforBot.Answering;
using KforBot.Formatting;

namespace KforBot.Tests.Formatting;

/// <summary>The bot's sentences about why it does not answer, written from the refusal's data.</summary>
public sealed class ReasonTextTests
{
    [Fact]
    public void NotEnglish_SaysInThreeLanguagesThatTheBotReadsEnglishWithAnExample()
    {
        var lines = ReasonText.NotEnglish("How many US soldiers are in Kosovo?").Split('\n');

        Assert.Equal(3, lines.Length);
        Assert.Contains("English", lines[0], StringComparison.Ordinal);
        Assert.Contains("“How many US soldiers are in Kosovo?”", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("Shqip:", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("Srpski:", lines[2], StringComparison.Ordinal);
    }

    [Fact]
    public void Of_Refusal_NamesTheWords_AtMostFour()
    {
        var refusal = new Refusal(RefusalKind.NotMentioned) { ArticleCount = 5, Missing = ["a", "b", "c", "d", "e", "f"] };

        Assert.Equal("None of my 5 articles mentions “a”, “b”, “c”, “d” or 2 more.", ReasonText.Of(refusal));
        Assert.Equal(["a", "b", "c", "d", "e", "f"], refusal.UncoveredTerms);
    }

    [Fact]
    public void Of_Refusal_SpeaksOfOneArticleAsTheOnlyOne()
    {
        Assert.Equal("None of my only article mentions “Kurti”.", ReasonText.Of(new Refusal(RefusalKind.NotMentioned) { ArticleCount = 1, Missing = ["Kurti"] }));
    }

    [Theory]
    [InlineData(RefusalKind.ClosestLacks, "Turkish")]
    [InlineData(RefusalKind.NotCloseEnough, "soldiers|KFOR")]
    public void UncoveredTerms_NeverHoldTheClosestArticlesTitle(RefusalKind kind, string expected)
    {
        var refusal = new Refusal(kind) { ArticleCount = 5, Mentioned = ["soldiers", "KFOR"], Missing = kind == RefusalKind.ClosestLacks ? ["Turkish"] : [], ClosestTitle = "KFOR “Today”" };

        Assert.Contains("“KFOR “Today””", ReasonText.Of(refusal), StringComparison.Ordinal);
        Assert.Equal(expected.Split('|'), refusal.UncoveredTerms);
    }

    [Fact]
    public void Of_EveryKindOfRefusal_HasASentenceOfItsOwn()
    {
        var sentences = Enum.GetValues<RefusalKind>()
            .Select(kind => ReasonText.Of(new Refusal(kind) { ArticleCount = 5, Mentioned = ["KFOR"], Missing = ["Kurti"], ClosestTitle = "T" }))
            .ToList();

        Assert.Equal(sentences.Count, sentences.Distinct(StringComparer.Ordinal).Count());
    }
}
