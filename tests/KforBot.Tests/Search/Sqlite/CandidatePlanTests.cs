using KforBot.Search.Analysis;
using KforBot.Search.Sqlite;

namespace KforBot.Tests.Search.Sqlite;

public sealed class CandidatePlanTests
{
    [Fact]
    public void Choose_EverythingWithinBudget_SearchesEveryWord()
    {
        var (query, fallback) = CandidatePlan.Choose([Group("kfor"), Group("troops")], Counts(("kfor", 50), ("troops", 70)), limit: 100);

        Assert.Equal("\"kfor\" OR \"troops\"", query);
        Assert.Null(fallback);
    }

    [Fact]
    public void Choose_CommonWordOverBudget_IsLeftOutAndRareWordsComeFirst()
    {
        var (query, _) = CandidatePlan.Choose(
            [Group("said"), Group("cocoa"), Group("bahia")],
            Counts(("said", 90_000), ("cocoa", 900), ("bahia", 40)),
            limit: 100);

        Assert.Equal("\"bahia\" OR \"cocoa\"", query);
    }

    [Fact]
    public void Choose_BudgetGrowsWithTheCandidatesWanted()
    {
        var counts = Counts(("rare", 10), ("common", 20_000));

        Assert.Equal("\"rare\"", CandidatePlan.Choose([Group("rare"), Group("common")], counts, limit: 100).Query);
        Assert.Equal("\"rare\" OR \"common\"", CandidatePlan.Choose([Group("rare"), Group("common")], counts, limit: 1_000).Query);
    }

    [Fact]
    public void Choose_EvenTheRarestOverBudget_RequiresTheTwoRarestTogether()
    {
        var (query, fallback) = CandidatePlan.Choose(
            [Group("year"), Group("dollar"), Group("said")],
            Counts(("year", 30_000), ("dollar", 9_000), ("said", 90_000)),
            limit: 100);

        Assert.Equal("(\"dollar\") AND (\"year\")", query);
        Assert.Equal("\"dollar\"", fallback);
    }

    [Fact]
    public void Choose_PhraseCostsThePostingsOfAllItsWords()
    {
        var unitedStates = new QueryTermGroup("US", [new TermSequence(["us"], ["us"]), new TermSequence(["united", "states"], ["unit", "state"])], TermKind.Name);

        var (query, _) = CandidatePlan.Choose([unitedStates, Group("kfor")], Counts(("us", 100), ("unit", 3_000), ("state", 3_000), ("kfor", 10)), limit: 100);

        Assert.Equal("\"kfor\" OR \"us\"", query);
    }

    [Fact]
    public void Choose_NoGroups_HasNoQuery()
    {
        Assert.Equal((null, null), CandidatePlan.Choose([], _ => 0, limit: 100));
    }

    private static QueryTermGroup Group(string word) => new(word, [new TermSequence([word], [word])], TermKind.Content);

    private static Func<string, int> Counts(params (string Term, int Passages)[] counts) =>
        term => counts.FirstOrDefault(c => c.Term == term).Passages;
}
