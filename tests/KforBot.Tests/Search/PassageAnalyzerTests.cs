using KforBot.Search.Lucene;
using KforBot.Tests.Support;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.TokenAttributes;

namespace KforBot.Tests.Search;

/// <summary>The one analysis of passages and questions, with the corpus's own synonym rules.</summary>
public sealed class PassageAnalyzerTests
{
    private static readonly SynonymMap? CorpusSynonyms =
        SynonymRules.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt")));

    [Theory]
    [InlineData("Kosova", "Kosovo")]
    [InlineData("Prishtinë", "Pristina")]
    [InlineData("Vučić", "Vucic")]
    public void Analyze_SpellingVariantsOfOneName_GiveOneTerm(string variant, string name) =>
        Assert.Equal(Terms(name), Terms(variant));

    [Fact]
    public void Analyze_UnitedStatesUSAndUS_ContractToOneTerm()
    {
        var unitedStates = Terms("United States");

        Assert.Single(unitedStates);
        Assert.Equal(unitedStates, Terms("U.S."));
        Assert.Equal(unitedStates, Terms("US"));
        Assert.Equal(unitedStates, Terms("the USA"));
    }

    [Fact]
    public void Analyze_MultiWordRule_MatchesInsideASentence()
    {
        var north = Terms("KFOR patrols in the north of Kosovo");

        Assert.Equal(north, Terms("KFOR patrols in northern Kosovo"));
        Assert.Equal(north, Terms("Kosovo Force patrols in North Kosovo"));
    }

    [Fact]
    public void Analyze_MultiWordNameAndItsShortForm_GiveTheSameTerms() =>
        Assert.Equal(Terms("the KSF of Kosovo"), Terms("the Kosovo Security Force of Kosovo"));

    [Fact]
    public void Analyze_LettersWithDiacritics_AreFolded() =>
        Assert.Equal(Terms("Ceku", synonyms: null), Terms("Çeku", synonyms: null));

    [Theory]
    [InlineData("soldiers", "soldier")]
    [InlineData("patrolling", "patrols")]
    [InlineData("missions", "mission")]
    public void Analyze_WordForms_AreStemmedToOneTerm(string form, string other) =>
        Assert.Equal(Terms(other, synonyms: null), Terms(form, synonyms: null));

    [Theory]
    [InlineData("NATO's")]
    [InlineData("NATO’s")]
    public void Analyze_Possessive_IsTheNameItself(string possessive) =>
        Assert.Equal(["nato"], Terms(possessive));

    [Fact]
    public void Analyze_StopWords_AreRemoved() =>
        Assert.Equal(["mission", "bridg"], Terms("The mission of the bridge and the", synonyms: null));

    [Fact]
    public void Analyze_AStopWordInsideAMultiWordRule_StillMatchesTheRule() =>
        Assert.Equal(Terms("United States"), Terms("United States of America"));

    private static List<string> Terms(string text) => Terms(text, CorpusSynonyms);

    private static List<string> Terms(string text, SynonymMap? synonyms)
    {
        using var analyzer = new PassageAnalyzer(synonyms);
        using var stream = analyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var terms = new List<string>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }
}
