using KforBot.Search.Lucene;
using KforBot.Search.Spelling;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

/// <summary>The words for spelling corrections, counted while passages are analysed for the index, and their index.</summary>
public sealed class SpellingVocabularyTests : FolderTest
{
    [Fact]
    public void Words_AreTheWordsAsWritten_LowerCasedAndFolded_WithThePassagesHoldingEach()
    {
        var vocabulary = new SpellingVocabulary();
        using var analyzer = new PassageAnalyzer(SynonymRules.Parse("troops, soldiers\nus, united states\n"), vocabulary);

        Analyze(analyzer, "US soldiers patrol; soldiers, soldiers.");
        Analyze(analyzer, "The United States sent soldiers to Mitrovicë.");
        Analyze(analyzer, "No troops here.");

        var words = vocabulary.Words();
        Assert.Equal(2, words["soldiers"]);
        Assert.Equal(1, words["troops"]);
        Assert.Equal(1, words["united"]);
        Assert.Equal(1, words["mitrovice"]);
        Assert.False(words.ContainsKey("soldier"));
        Assert.False(words.ContainsKey("us"));
    }

    [Fact]
    public void Words_CountedOnSeveralThreads_AreAddedUp()
    {
        var vocabulary = new SpellingVocabulary();
        using var analyzer = new PassageAnalyzer(synonyms: null, vocabulary);

        Parallel.For(0, 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, _ =>
        {
            for (var i = 0; i < 25; i++)
            {
                Analyze(analyzer, "Peacekeepers patrol the north.");
            }
        });

        Assert.Equal(100, vocabulary.Words()["peacekeepers"]);
    }

    [Fact]
    public void Names_AreTheWordsWrittenCapitalisedInsideMostOfTheirSentences()
    {
        var vocabulary = new SpellingVocabulary();
        using var analyzer = new PassageAnalyzer(synonyms: null, vocabulary);

        Analyze(analyzer, "Soldiers from Turkey patrol the north. Troops of KFOR and Turkey's engineers stay.");
        Analyze(analyzer, "“Soldiers are needed,” said Çeku. (Patrols go on.) The patrols of Çeku's men went north.\nNorth stays calm: Patrols rest.");
        Analyze(analyzer, "The soldiers came home; Soldiers rested.");

        // The article's title is written in title case: its words are not names for that.
        using (var title = analyzer.GetTokenStream(PassageFields.Context, "Would American Soldiers Remain in KFOR? · Radio Free Europe"))
        {
            title.Reset();
            while (title.IncrementToken())
            {
            }

            title.End();
        }

        var names = vocabulary.Names();
        Assert.Equal(["ceku", "kfor", "turkey"], names.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void WritesAsName_ReadsWhatTheBuildMarked()
    {
        SpellingIndex.Write(Folder.Path, new Dictionary<string, int> { ["turkey"] = 3, ["soldiers"] = 5 }, new HashSet<string> { "turkey" });
        using var spelling = SpellingIndex.Open(Folder.Path);

        Assert.True(spelling.WritesAsName("turkey"));
        Assert.False(spelling.WritesAsName("soldiers"));
        Assert.False(spelling.WritesAsName("germany"));
    }

    [Fact]
    public void Closest_PrefersTheFewestEdits()
    {
        SpellingIndex.Write(Folder.Path, new Dictionary<string, int> { ["soldier"] = 50, ["soldiers"] = 34 });
        using var spelling = SpellingIndex.Open(Folder.Path);

        Assert.True(spelling.Holds("soldiers"));
        Assert.False(spelling.Holds("soliders"));
        Assert.Equal("soldiers", spelling.Closest("soliders", maxEdits: 2));
        Assert.Null(spelling.Closest("xoldiers", maxEdits: 2));
    }

    [Theory]
    [InlineData(5, 1, "patrols")]
    [InlineData(1, 5, "patrons")]
    public void Closest_AmongEquallyCloseWords_IsTheOneMostPassagesHold(int patrols, int patrons, string expected)
    {
        SpellingIndex.Write(Folder.Path, new Dictionary<string, int> { ["patrols"] = patrols, ["patrons"] = patrons });
        using var spelling = SpellingIndex.Open(Folder.Path);

        Assert.Equal(expected, spelling.Closest("patrozs", maxEdits: 1));
    }

    private static void Analyze(PassageAnalyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(PassageFields.Text, text);
        stream.Reset();
        while (stream.IncrementToken())
        {
        }

        stream.End();
    }
}
