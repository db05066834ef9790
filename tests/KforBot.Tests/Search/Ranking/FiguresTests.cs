using KforBot.Search.Ranking;

namespace KforBot.Tests.Search.Ranking;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("around 4,600 members and 600 soldiers", new[] { "4600", "600" })]
    [InlineData("207.8 million euros", new[] { "207.8" })]
    [InlineData("deployed in June 1999, on March 4 and on 25 June", new string[0])]
    [InlineData("No figure at all.", new string[0])]
    public void In_Text_FindsQuantitiesButNotYearsOrDays(string text, string[] expected) =>
        Assert.Equal(expected.Order(), Figures.In(text).Order());

    [Theory]
    [InlineData("It was founded in June 1999.", true)]
    [InlineData("He spoke on February 14.", true)]
    [InlineData("About 600 soldiers.", false)]
    [InlineData("Hegseth made the statements in February, when he said so.", true)]
    [InlineData("During a visit to Warsaw last month, Hegseth said it.", true)]
    [InlineData("Troops arrived on Monday and left mid-March.", true)]
    [InlineData("Kosovo may ask; KFOR today has 4,600 members and will march on.", false)]
    public void AnyDate_Text_FindsYearsDaysAndWordsOfTime(string text, bool expected) =>
        Assert.Equal(expected, Figures.AnyDate(text));

    [Fact]
    public void In_LongTextWithManyNumbers_LooksOnlyAroundEachNumber()
    {
        var text = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"{i % 900 + 10} units"));

        Assert.Equal(900, Figures.In(text).Count);
    }

    [Theory]
    [InlineData("today around 4,767 soldiers from 33 countries", true)]
    [InlineData("Nearly 26 years after the end of the war", false)]
    [InlineData("For more than 25 years, KFOR has provided security", false)]
    public void AnyCount_Text_IgnoresDurations(string text, bool expected) =>
        Assert.Equal(expected, Figures.AnyCount(text));
}
