using KforBot.Search.Analysis;
using Microsoft.Data.Sqlite;
using Xunit;

namespace KforBot.Tests.Search.Analysis;

public sealed class PorterStemmerTests
{
    // Varied English words covering every Porter step; the stems are checked against SQLite itself.
    private static readonly string[] Words =
    [
        "a", "an", "as", "at", "be", "by", "is", "it", "of", "on", "the", "and", "was", "has", "his", "yes",
        "caresses", "ponies", "ties", "caress", "cats", "gas", "this", "bus", "bias", "news", "series", "species",
        "agreed", "feed", "bleed", "freed", "plastered", "bled", "motoring", "sing", "ring", "king", "thing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "hoped", "hoping", "controlled", "rolled", "dying", "lying", "tying", "eyed", "played", "stayed", "paying",
        "happy", "sky", "cry", "fly", "early", "really", "quickly", "daily", "sunny", "enjoy", "employ", "boys",
        "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli", "radicalli",
        "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement",
        "adjustment", "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous",
        "effective", "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalizations",
        "oscillators", "organization", "organizations", "nationality", "national", "nation", "international",
        "internationalization", "relativity", "relate", "related", "relating", "relation", "relations",
        "relative", "relatively", "connect", "connected", "connecting", "connection", "connections",
        "connective", "connectivity", "argue", "argued", "argues", "arguing", "argument", "arguments",
        "abolition", "abolitionist", "abandoned", "abandonment", "ability", "able", "absolutely", "academic",
        "acceptance", "accessible", "accidentally", "accommodation", "accountability", "achievement",
        "acquisitions", "activities", "adaptation", "additional", "administration", "advertising",
        "agricultural", "allegedly", "alternatively", "ambiguous", "analysis", "analyses", "announcement",
        "apparently", "applicable", "appreciation", "approximately", "arbitrary", "assessment", "assumption",
        "attractiveness", "authorization", "availability", "beautiful", "beautifully", "behavioral",
        "beneficial", "biological", "bureaucracy", "business", "businesses", "calculation", "capability",
        "carefully", "categorization", "celebration", "characteristic", "characterization", "chemically",
        "circulation", "classification", "collectively", "commercialization", "commitments", "communication",
        "comparability", "competitiveness", "complexity", "comprehensive", "computational", "concentrations",
        "conditionally", "confidential", "consciousness", "considerably", "consolidation", "constitutional",
        "construction", "contamination", "continuously", "contribution", "conventional", "cooperative",
        "corporations", "correspondence", "creativity", "criticism", "crystallization", "cultivation",
        "decentralization", "definitely", "democratization", "demonstration", "dependency", "deregulation",
        "destruction", "determination", "differentiation", "disagreement", "discouraging", "distribution",
        "domination", "dramatically", "economical", "effectiveness", "efficiency", "electricity",
        "elimination", "emotional", "employment", "encouragement", "engineering", "enthusiastically",
        "environmental", "equalization", "establishment", "evaluation", "eventually", "exaggeration",
        "experimental", "explanation", "exploitation", "fabulous", "familiarity", "fascinating", "feasibility",
        "fertilization", "flexibility", "forgiveness", "fortunately", "friendliness", "generosity",
        "globalization", "gratefulness", "harmonization", "helpfulness", "hospitalization", "hypothetical",
        "identification", "immunization", "implementation", "improvement", "independently", "industrialized",
        "inflationary", "informative", "inhibitors", "institutionalization", "interpretation", "investigation",
        "justification", "liberalization", "localization", "manageable", "mathematical", "measurement",
        "meteorological", "minimization", "modernization", "multiplication", "mysterious", "negotiations",
        "normalization", "notification", "nutritional", "objectivity", "observational", "opportunities",
        "optimization", "participation", "personalization", "pharmaceutical", "philosophical", "polarization",
        "possibility", "predictability", "privatization", "productivity", "professionalism", "prohibition",
        "quantification", "questionable", "rationalization", "readiness", "realistically", "recommendation",
        "reconciliation", "regionalization", "regulatory", "reliability", "representational", "responsibility",
        "revolutionary", "sensational", "sensitivity", "significantly", "simplification", "specialization",
        "stabilization", "standardization", "sterilization", "subsidiaries", "sustainability", "synchronization",
        "technological", "traditional", "transformation", "unbelievable", "uncertainties", "understandably",
        "utilization", "visualization", "vulnerability", "wholesalers", "yearly", "zoological", "1987", "1990s",
        "3rd", "mp3", "x86", "covid19", "straße", "naïve", "façade", "café", "crème", "jalapeños", "résumés",
    ];

    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("cats", "cat")]
    [InlineData("caress", "caress")]
    [InlineData("agreed", "agre")]
    [InlineData("feed", "feed")]
    [InlineData("plastered", "plaster")]
    [InlineData("motoring", "motor")]
    [InlineData("hopping", "hop")]
    [InlineData("filing", "file")]
    [InlineData("falling", "fall")]
    [InlineData("relational", "relat")]
    [InlineData("conditional", "condit")]
    [InlineData("rational", "ration")]
    [InlineData("organization", "organ")]
    [InlineData("generalizations", "gener")]
    [InlineData("happiness", "happi")]
    [InlineData("goodness", "good")]
    [InlineData("hopefulness", "hope")]
    [InlineData("happy", "happi")]
    [InlineData("sky", "sky")]
    [InlineData("electricity", "electr")]
    [InlineData("adjustment", "adjust")]
    [InlineData("is", "is")] // under 3 bytes: passed through
    [InlineData("ies", "ie")]
    [InlineData("eed", "e")] // too short for the "eed" rule, so the "ed" rule applies
    [InlineData("ated", "at")] // "at" -> "ate" needs a byte before "at"
    [InlineData("ized", "iz")]
    [InlineData("1990s", "1990")]
    [InlineData("1987", "1987")]
    [InlineData("a1ing", "a1")]
    [InlineData( // 64 bytes: stemmed
        "internationalizationinternationalizationinternationalizatiations",
        "internationalizationinternationalizationinternationalizati")]
    [InlineData( // 65 bytes: passed through
        "internationalizationinternationalizationinternationalizatioations",
        "internationalizationinternationalizationinternationalizatioations")]
    [InlineData("straße", "straß")]
    [InlineData("aжed", "aж")]
    [InlineData("жing", "жing")] // non-ASCII bytes are consonants, so "ж" has no vowel
    public void Stem_KnownToken_ReturnsSqlitePorterStem(string token, string expected)
    {
        Assert.Equal(expected, PorterStemmer.Stem(token));
    }

    [Fact]
    public void Stem_VariedEnglishWords_MatchesSqliteFts5Porter()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            // "plain" yields the unicode61 token that is the stemmer's input, "stemmed" what FTS5 stores.
            create.CommandText =
                "CREATE VIRTUAL TABLE plain USING fts5(w, tokenize='unicode61 remove_diacritics 2');" +
                "CREATE VIRTUAL TABLE plain_terms USING fts5vocab(plain, 'instance');" +
                "CREATE VIRTUAL TABLE stemmed USING fts5(w, tokenize='porter unicode61 remove_diacritics 2');" +
                "CREATE VIRTUAL TABLE stemmed_terms USING fts5vocab(stemmed, 'instance');";
            create.ExecuteNonQuery();
        }

        using (var transaction = connection.BeginTransaction())
        using (var insert = connection.CreateCommand())
        {
            insert.CommandText =
                "INSERT INTO plain(rowid, w) VALUES ($id, $w); INSERT INTO stemmed(rowid, w) VALUES ($id, $w);";
            var id = insert.Parameters.Add("$id", SqliteType.Integer);
            var word = insert.Parameters.Add("$w", SqliteType.Text);
            for (var i = 0; i < Words.Length; i++)
            {
                id.Value = i;
                word.Value = Words[i];
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        var tokens = ReadTermPerRow(connection, "plain_terms");
        var sqliteStems = ReadTermPerRow(connection, "stemmed_terms");
        var mismatches = new List<string>();
        for (var i = 0; i < Words.Length; i++)
        {
            var ours = tokens[i] is { } token ? PorterStemmer.Stem(token) : null;
            if (ours is null || ours != sqliteStems[i])
            {
                mismatches.Add($"{Words[i]} ({tokens[i]}): sqlite={sqliteStems[i]} ours={ours}");
            }
        }

        Assert.True(Words.Length >= 300, $"only {Words.Length} words");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} mismatches:\n" + string.Join('\n', mismatches));
    }

    private static string?[] ReadTermPerRow(SqliteConnection connection, string vocabTable)
    {
        var terms = new string?[Words.Length];
        using var select = connection.CreateCommand();
        select.CommandText = $"SELECT doc, term FROM {vocabTable}";
        using var reader = select.ExecuteReader();
        while (reader.Read())
        {
            var doc = reader.GetInt32(0);
            Assert.True(terms[doc] is null, $"'{Words[doc]}' is more than one token");
            terms[doc] = reader.GetString(1);
        }

        return terms;
    }
}
