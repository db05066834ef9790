using KforBot.Search.Analysis;
using KforBot.Search.Ranking;

namespace KforBot.Tests.Search.Ranking;

public sealed class GroupMatcherTests
{
    [Fact]
    public void Count_FindsEachGroupByAnyAlternative_PhrasesIncluded()
    {
        var us = Group("US", ["us"], ["united", "states"], ["american"]);
        var troops = Group("troops", ["troops"]);
        var tokens = TextTokenizer.Tokenize("United States troops and American troops; the US said.");
        var spans = new List<TextSpan>();

        var counts = new GroupMatcher([Stats(us), Stats(troops)]).Count(tokens.ToArray(), spans);

        Assert.Equal([3, 2], counts);
        Assert.Contains(new TextSpan(0, "United States".Length), spans);
        Assert.Equal(5, spans.Count);
    }

    [Fact]
    public void Count_TwoAlternativesOfOneGroupAtTheSameWord_CountOnce()
    {
        var state = Group("state", ["state"], ["state", "department"]);

        var counts = new GroupMatcher([Stats(state)]).Count(TextTokenizer.Tokenize("the State Department and the state").ToArray(), null);

        Assert.Equal([2], counts);
    }

    private static QueryTermGroup Group(string label, params string[][] alternatives) =>
        new(label, alternatives.Select(words => TermSequence.FromTokens(TextTokenizer.Tokenize(string.Join(' ', words)))).ToList(), TermKind.Content);

    private static GroupStatistics Stats(QueryTermGroup group) => new(group, 1, 1, 1);
}
