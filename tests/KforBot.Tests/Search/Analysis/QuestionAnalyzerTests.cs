using KforBot.Search.Analysis;

namespace KforBot.Tests.Search.Analysis;

public sealed class QuestionAnalyzerTests
{
    private static readonly SynonymMap Synonyms = SynonymMap.Parse("""
        us, u.s., united states, american
        withdraw, pull out
        pulling out, withdrawing
        kfor, kosovo force
        """);

    [Fact]
    public void Analyze_Question_DropsStopWordsAndKeepsSubjectWords()
    {
        var question = QuestionAnalyzer.Analyze("What did the Pentagon tell Radio Free Europe?", SynonymMap.Empty);

        Assert.Equal(["Pentagon", "Radio", "Free", "Europe"], question.Groups.Select(g => g.Label));
    }

    [Fact]
    public void Analyze_CapitalisedUs_IsTheCountryWithItsSynonyms()
    {
        var question = QuestionAnalyzer.Analyze("How many US soldiers?", Synonyms);

        var group = question.Groups[0];
        Assert.Equal("US", group.Label);
        Assert.Contains(group.Alternatives, a => a.Key == "unit state");
    }

    [Fact]
    public void Analyze_PronounUs_IsAStopWord()
    {
        var question = QuestionAnalyzer.Analyze("tell us about kfor", Synonyms);

        Assert.Equal(["kfor"], question.Groups.Select(g => g.Label));
    }

    [Fact]
    public void Analyze_FigureWithSeparators_IsOnePhraseMarkedAsNumber()
    {
        var question = QuestionAnalyzer.Analyze("Were there 4,600 troops?", SynonymMap.Empty);

        var figure = Assert.Single(question.Groups, g => g.Kind == TermKind.Number);
        Assert.Equal("4,600", figure.Label);
        Assert.Equal(["4", "600"], figure.Alternatives[0].Words);
    }

    [Fact]
    public void Analyze_CapitalisedWordInsideASentence_IsAName()
    {
        var question = QuestionAnalyzer.Analyze("What did Kurti say about troops?", SynonymMap.Empty);

        Assert.Equal(TermKind.Name, question.Groups.Single(g => g.Label == "Kurti").Kind);
        Assert.Equal(TermKind.Content, question.Groups.Single(g => g.Label == "troops").Kind);
    }

    [Fact]
    public void Analyze_TwoCapitalisedWords_AreAPersonFoundByFullNameOrSurname()
    {
        var question = QuestionAnalyzer.Analyze("Who is Kadri Kastrati?", SynonymMap.Empty);

        var name = Assert.Single(question.Groups);
        Assert.Equal("Kadri Kastrati", name.Label);
        Assert.Equal(["kadri kastrati", "kastrati"], name.Alternatives.Select(a => a.Key));
        Assert.True(question.AsksForDefinition);
    }

    [Fact]
    public void Analyze_VerbAndParticleApart_MatchTheSynonymPhrase()
    {
        var question = QuestionAnalyzer.Analyze("Is NATO pulling US troops out?", Synonyms);

        Assert.Contains(question.Groups, g => g.Alternatives.Any(a => a.Key == "withdraw"));
        Assert.DoesNotContain(question.Groups, g => g.Label == "out");
    }

    [Theory]
    [InlineData("How many soldiers serve?", true)]
    [InlineData("What is the size of KFOR?", true)]
    [InlineData("Who commands KFOR?", false)]
    public void Analyze_Question_KnowsWhenAFigureIsAskedFor(string text, bool expected) =>
        Assert.Equal(expected, QuestionAnalyzer.Analyze(text, SynonymMap.Empty).AsksForFigure);

    [Theory]
    [InlineData("thanks!")]
    [InlineData("Hello")]
    [InlineData("good morning :)")]
    [InlineData("Thank you very much")]
    [InlineData("Hi, what can you do?")]
    [InlineData("Who are you?")]
    [InlineData("help")]
    public void Analyze_GreetingOrThanks_IsAGreeting(string text) =>
        Assert.True(QuestionAnalyzer.Analyze(text, SynonymMap.Empty).IsGreeting);

    [Theory]
    [InlineData("Translate 'good morning' into German")]
    [InlineData("hello, what is KFOR?")]
    public void Analyze_QuestionWithAGreetingWord_IsNotAGreeting(string text) =>
        Assert.False(QuestionAnalyzer.Analyze(text, SynonymMap.Empty).IsGreeting);

    [Fact]
    public void Analyze_GreetingBeforeAQuestion_IsNotSearchedFor()
    {
        var question = QuestionAnalyzer.Analyze("Hi, thanks! Who is Kastrati?", SynonymMap.Empty);

        Assert.False(question.IsGreeting);
        Assert.Equal(["Kastrati"], question.Groups.Select(g => g.Label));
    }

    [Fact]
    public void Clean_ControlCharactersAndLoneSurrogates_AreReplaced()
    {
        var cleaned = QuestionAnalyzer.Clean("Kosova\0KFOR\u0007\ud800x\n");

        Assert.Equal("Kosova KFOR \ufffdx", cleaned);
    }

    [Fact]
    public void Analyze_HugeInput_IsCappedAndBounded()
    {
        var huge = string.Concat(Enumerable.Repeat("Kosovo troops withdrawal NATO ", 4_000));

        var question = QuestionAnalyzer.Analyze(huge, Synonyms);

        Assert.True(question.Text.Length <= QuestionAnalyzer.MaxQuestionLength);
        Assert.InRange(question.Groups.Count, 1, QuestionAnalyzer.MaxGroups);
    }
}
