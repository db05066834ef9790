using KforBot.Answering;
using KforBot.Search;
using KforBot.Search.Analysis;
using KforBot.Search.Ranking;

namespace KforBot.Tests.Answering;

public sealed class RefusalPolicyTests
{
    [Fact]
    public void Decide_NothingSearchable_Refuses()
    {
        var question = QuestionAnalyzer.Analyze("?!", SynonymMap.Empty);

        Assert.Contains("nothing in your message", RefusalPolicy.Decide(question, [], [], 5, 0.6), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_OnlyFigures_Refuses()
    {
        var question = QuestionAnalyzer.Analyze("What is 2+2?", SynonymMap.Empty);
        var groups = Statistics(question, ("2", 3, 3.0));

        Assert.Contains("only figures", RefusalPolicy.Decide(question, groups, [Ranked(1.0, 1.0, 0)], 5, 0.6), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenQuestionWithoutADateInTheBestPassage_Refuses()
    {
        var question = QuestionAnalyzer.Analyze("When did Rutte visit Pristina?", SynonymMap.Empty);
        var groups = Statistics(question, ("Rutte", 5, 3.0), ("visit", 4, 3.0), ("Pristina", 3, 3.0));

        Assert.Contains("gives a date", RefusalPolicy.Decide(question, groups, [Ranked(3.0, 1.0, 0, 1, 2)], 5, 0.6), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_NameNoArticleMentions_RefusesNamingIt()
    {
        var question = QuestionAnalyzer.Analyze("What did Kurti say about KFOR?", SynonymMap.Empty);
        var groups = Statistics(question, ("Kurti", 0, 4.0), ("KFOR", 40, 1.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(1.0, 0.2, 1)], 5, 0.6);

        Assert.Equal("None of my 5 articles mentions “Kurti”.", reason);
    }

    [Fact]
    public void Decide_AbsentContentWordInAFigureQuestion_Refuses()
    {
        var question = QuestionAnalyzer.Analyze("How many helicopters does KFOR operate?", SynonymMap.Empty);
        var groups = Statistics(question, ("helicopters", 0, 4.0), ("KFOR", 40, 1.0), ("operate", 2, 3.0));

        Assert.Contains("“helicopters”", RefusalPolicy.Decide(question, groups, [Ranked(2.0, 0.5, 1, 2)], 5, 0.6), StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_FigureQuestionWithoutAnyFigureInThePassages_Refuses()
    {
        var question = QuestionAnalyzer.Analyze("How many troops does KFOR have?", SynonymMap.Empty);
        var groups = Statistics(question, ("troops", 20, 2.0), ("KFOR", 40, 1.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(2.0, 1.0, 0, 1)], 5, 0.6);

        Assert.Contains("gives a figure", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_BestPassageCoversTooLittle_RefusesSayingWhatIsMissing()
    {
        var question = QuestionAnalyzer.Analyze("What's the weather in Pristina?", SynonymMap.Empty);
        var groups = Statistics(question, ("weather", 0, 5.0), ("Pristina", 3, 3.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(3.0, 3.0 / 8.0, 1)], 5, 0.6);

        Assert.Equal("My articles mention “Pristina”, but none of them mentions “weather”.", reason);
    }

    [Fact]
    public void Decide_WordsTheArticlesHoldButNeverInOnePassage_SaysTheyAreApart()
    {
        var question = QuestionAnalyzer.Analyze("Did Hegseth visit Mitrovica?", SynonymMap.Empty);
        var groups = Statistics(question, ("Hegseth", 3, 4.0), ("visit", 6, 2.0), ("Mitrovica", 2, 4.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(3.0, 0.4, 0), Ranked(2.0, 0.6, 1, 2)], 5, 0.6);

        Assert.Equal("My articles mention “Hegseth”, “visit” and “Mitrovica”, but no passage speaks of them together.", reason);
    }

    [Fact]
    public void Decide_ALowerPassageHoldsEveryWord_NamesOnlyWhatTheClosestLacks()
    {
        var question = QuestionAnalyzer.Analyze("Did Hegseth visit Mitrovica?", SynonymMap.Empty);
        var groups = Statistics(question, ("Hegseth", 3, 4.0), ("visit", 6, 2.0), ("Mitrovica", 2, 4.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(3.0, 0.4, 0), Ranked(1.0, 0.5, 0, 1, 2)], 5, 0.6);

        Assert.Equal("The passage that comes closest mentions “Hegseth” but not “visit” or “Mitrovica”.", reason);
    }

    [Fact]
    public void Decide_FigureQuestionWhoseWordsMeetOnlyWithoutAFigure_SaysSo()
    {
        var question = QuestionAnalyzer.Analyze("How many Turkish soldiers serve in KFOR?", SynonymMap.Empty);
        var groups = Statistics(question, ("Turkish", 2, 4.0), ("soldiers", 20, 1.0), ("KFOR", 40, 1.0));
        var withFigure = Ranked(3.0, 0.4, 1, 2) with { Candidate = Candidate("About 600 soldiers serve in KFOR.") };

        var reason = RefusalPolicy.Decide(question, groups, [withFigure, Ranked(2.0, 1.0, 0, 1, 2)], 5, 0.6);

        Assert.Equal("My articles speak of “soldiers”, “KFOR” and “Turkish” together only in passages that don't give a figure.", reason);
    }

    [Fact]
    public void Decide_SomeWordsApartAndOneNowhere_SaysBoth()
    {
        var question = QuestionAnalyzer.Analyze("Did Hegseth visit Mitrovica?", SynonymMap.Empty);
        var groups = Statistics(question, ("Hegseth", 3, 4.0), ("visit", 0, 2.0), ("Mitrovica", 2, 4.0));

        var reason = RefusalPolicy.Decide(question, groups, [Ranked(3.0, 0.4, 0), Ranked(2.0, 0.4, 2)], 5, 0.6);

        Assert.Equal("My articles mention “Hegseth” and “Mitrovica”, but no passage speaks of them together, and none of them mentions “visit”.", reason);
    }

    [Fact]
    public void Decide_WellCoveredQuestion_Answers()
    {
        var question = QuestionAnalyzer.Analyze("Who is Kadri Kastrati?", SynonymMap.Empty);
        var groups = Statistics(question, ("Kadri Kastrati", 2, 4.0));

        Assert.Null(RefusalPolicy.Decide(question, groups, [Ranked(4.0, 1.0, 0)], 5, 0.6));
    }

    private static List<GroupStatistics> Statistics(AnalyzedQuestion question, params (string Label, int Count, double Weight)[] values) =>
        values.Select(v => new GroupStatistics(question.Groups.Single(g => g.Label == v.Label), v.Count, v.Weight, v.Weight)).ToList();

    private static RankedPassage Ranked(double score, double coverage, params int[] covered) =>
        new(Candidate("Some passage text without numbers."), score, coverage, covered.ToHashSet(), []);

    private static PassageCandidate Candidate(string text) => new(1, "a", 0, null, text, 5, 1.0);
}
