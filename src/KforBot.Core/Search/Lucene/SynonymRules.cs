using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;

namespace KforBot.Search.Lucene;

/// <summary>
/// Reads <c>synonyms.txt</c> (Solr format) into the map the analyzer applies. Equivalence lines are read as
/// contractions (every term becomes the line's first term), because Lucene 4.8's <see cref="SynonymFilter"/>
/// cannot index one word as several words at one position: contracting both passages and questions to one token
/// matches "United States" with "US" without that problem.
/// </summary>
internal static class SynonymRules
{
    /// <exception cref="FormatException">The text is not in the Solr synonyms format; the message says where.</exception>
    public static SynonymMap? Parse(string text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        using var ruleAnalyzer = new RuleAnalyzer();
        var parser = new SolrSynonymParser(dedup: true, expand: false, ruleAnalyzer);
        try
        {
            parser.Parse(new StringReader(text));

            // A file of comments only gives a map without rules, which SynonymFilter refuses: no rules, no filter.
            var map = parser.Build();
            return map.Fst is null ? null : map;
        }
        catch (Exception e) when (e is J2N.Text.ParseException or ArgumentException)
        {
            throw new FormatException($"synonyms.txt is not in the Solr synonyms format: {e.Message.ToLowerInvariant()}{(e.InnerException is null ? string.Empty : $" ({e.InnerException.Message})")}", e);
        }
    }

    /// <summary>Splits and normalises a rule's words exactly as passages are, up to the synonym step.</summary>
    private sealed class RuleAnalyzer : Analyzer
    {
        protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
        {
            var tokenizer = new StandardTokenizer(PassageAnalyzer.Version, reader);
            return new TokenStreamComponents(tokenizer, PassageAnalyzer.Normalize(tokenizer));
        }
    }
}
