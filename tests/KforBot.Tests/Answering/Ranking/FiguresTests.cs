using KforBot.Answering.Ranking;

namespace KforBot.Tests.Answering.Ranking;

public sealed class FiguresTests
{
    [Theory]
    [InlineData("4600", "4,600")]
    [InlineData("100000", "100,000")]
    [InlineData("1250000", "1,250,000")]
    [InlineData("4,600", "4600")]
    [InlineData("100,000", "100000")]
    public void OtherWriting_WholeNumber_IsWrittenWithOrWithoutSeparatorsOfThousands(string word, string expected) =>
        Assert.Equal(expected, Figures.OtherWriting(word));

    [Theory]
    [InlineData("600")] // nothing to separate
    [InlineData("0600")] // a leading zero: a code or a time, not a count
    [InlineData("207.8")]
    [InlineData("4,60")] // no group of thousands
    [InlineData("26th")]
    [InlineData("KFOR")]
    [InlineData("99999999999999999999")] // too long to be a count anyone asks about
    public void OtherWriting_AnyOtherWord_IsNull(string word) => Assert.Null(Figures.OtherWriting(word));
}
