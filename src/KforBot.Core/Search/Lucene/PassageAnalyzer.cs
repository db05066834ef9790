using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.En;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Analysis.Util;
using KforBot.Search.Spelling;
using Lucene.Net.Util;

namespace KforBot.Search.Lucene;

/// <summary>
/// The one analysis of passages and questions alike: standard tokenizer, possessives removed, lower case, ASCII
/// folding ("Çeku" = "Ceku"), the corpus's synonym rules, English stop words, Porter stemming. The same chain on
/// both sides is what makes a question's "Kosova" find a passage's "Kosovo". When a build gives a
/// <see cref="SpellingVocabulary"/>, the words as written (lower-cased and folded, before synonyms and stemming) are
/// counted on the way, for spelling corrections, with how the passages write them (<see cref="SpellingVocabulary.Names"/>).
/// </summary>
internal sealed class PassageAnalyzer(SynonymMap? synonyms, SpellingVocabulary? vocabulary = null) : Analyzer
{
    public const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>English stop words (Lucene's list), removed after synonyms so "north of kosovo" can still match a rule.</summary>
    public static CharArraySet StopWords { get; } = EnglishAnalyzer.DefaultStopSet;

    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader)
    {
        var tokenizer = new StandardTokenizer(Version, reader);
        var stream = vocabulary is null ? Normalize(tokenizer) : vocabulary.CountWords(tokenizer, Normalize);

        if (synonyms is not null)
        {
            stream = new SynonymFilter(stream, synonyms, ignoreCase: true);
        }

        stream = new StopFilter(Version, stream, StopWords);
        stream = new PorterStemFilter(stream);
        return new TokenStreamComponents(tokenizer, stream);
    }

    protected override TextReader InitReader(string fieldName, TextReader reader) =>
        vocabulary is null ? reader : vocabulary.Remember(fieldName, reader);

    /// <summary>The part of the chain before synonyms: synonym rules are read through it too.</summary>
    public static TokenStream Normalize(TokenStream tokens) =>
        new ASCIIFoldingFilter(new LowerCaseFilter(Version, new EnglishPossessiveFilter(Version, tokens)));
}
