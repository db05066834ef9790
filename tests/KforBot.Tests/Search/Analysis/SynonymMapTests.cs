using KforBot.Search.Analysis;

namespace KforBot.Tests.Search.Analysis;

public sealed class SynonymMapTests
{
    [Fact]
    public void Parse_EquivalenceLine_MakesEveryTermFindTheOthers()
    {
        var map = SynonymMap.Parse("kosovo, kosova");

        Assert.Equal(["kosovo", "kosova"], Keys(map.Find("kosovo")));
        Assert.Equal(["kosovo", "kosova"], Keys(map.Find("kosova")));
    }

    [Fact]
    public void Parse_MappingLine_ReplacesTheLeftSideOnly()
    {
        var map = SynonymMap.Parse("drawdown => reduction, drawdown");

        Assert.Equal(["reduct", "drawdown"], Keys(map.Find("drawdown")));
        Assert.Null(map.Find("reduction"));
    }

    [Fact]
    public void Parse_MultiWordEntries_AreMatchedOnStems()
    {
        var map = SynonymMap.Parse("withdrawal, pull out\nU.S., United States");

        Assert.Equal(["withdraw", "pull out"], Keys(map.Find("pull out")));
        Assert.Equal(["u s", "unit state"], Keys(map.Find("unit state")));
        Assert.Equal(2, map.LongestEntry);
    }

    [Fact]
    public void Parse_CommentsBlankLinesAndBadLines_AreIgnoredAndBadLinesReported()
    {
        var map = SynonymMap.Parse("# a comment\n\nnato, alliance # trailing comment\nlonely\na => b => c\n => x");

        Assert.NotNull(map.Find("nato"));
        Assert.Equal(3, map.Problems.Count);
        Assert.Contains(map.Problems, p => p.StartsWith("line 4:", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_TermOnTwoLines_UnitesTheirAlternatives()
    {
        var map = SynonymMap.Parse("troops, soldiers\ntroops, forces");

        Assert.Equal(["troop", "soldier", "forc"], Keys(map.Find("troop")));
    }

    private static string[] Keys(IReadOnlyList<TermSequence>? alternatives) =>
        (alternatives ?? []).Select(a => a.Key).ToArray();
}
