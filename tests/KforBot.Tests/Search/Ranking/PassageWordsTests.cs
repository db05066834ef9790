using KforBot.Search.Analysis;
using KforBot.Search.Ranking;

namespace KforBot.Tests.Search.Ranking;

public sealed class PassageWordsTests
{
    [Fact]
    public void Of_APossessive_LeavesOutTheS()
    {
        var words = PassageWords.Of("NATO's mission in Kosovo");

        Assert.Equal(["nato", "mission", "in", "kosovo"], words.Select(w => w.Folded));
    }

    [Fact]
    public void Of_TheSameTextAgain_GivesTheWordsMadeTheFirstTime()
    {
        var text = "KFOR keeps a safe and secure environment " + Guid.NewGuid().ToString("N");

        Assert.Same(PassageWords.Of(text), PassageWords.Of(new string(text.AsSpan())));
    }

    [Fact]
    public void Of_AnEqualTextAgain_EqualsAFreshTokenization()
    {
        var text = "Troops from Türkiye and the U.S. patrol near Zvečan.";

        Assert.Equal(TextTokenizer.Tokenize(text), PassageWords.Of(text));
    }
}
