using KforBot.Search.Analysis;

namespace KforBot.Tests.Search.Analysis;

public sealed class WordFormsTests
{
    [Theory]
    [InlineData("Withdrawing")]
    [InlineData("Çeku")]
    [InlineData("soldiers")]
    public void Of_AnyWordSeenOnceOrTwice_GivesTheFoldedFormAndItsStem(string word)
    {
        var folded = TextTokenizer.Fold(word);

        Assert.Equal((folded, PorterStemmer.Stem(folded)), WordForms.Of(word));
        Assert.Equal((folded, PorterStemmer.Stem(folded)), WordForms.Of(word));
    }
}
