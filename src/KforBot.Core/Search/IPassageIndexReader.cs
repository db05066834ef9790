namespace KforBot.Search;

/// <summary>Read access to one generation of the index, from start to end, even when a newer one is published meanwhile.</summary>
/// <remarks>Public, with the types its members return, because the moderators' site reads the index in use.</remarks>
public interface IPassageIndexReader : IAsyncDisposable
{
    IndexSummary Summary { get; }

    /// <summary>Every indexed article by id.</summary>
    IReadOnlyDictionary<string, IndexedArticle> Articles { get; }

    /// <summary>The passages that contain any of the index terms, best first by BM25, at most <paramref name="top"/>.</summary>
    IReadOnlyList<PassageHit> SearchTerms(IReadOnlyCollection<string> terms, int top);

    /// <summary>The passages closest in meaning to a question's vector, closest first (cosine), at most <paramref name="top"/>.</summary>
    IReadOnlyList<PassageHit> SearchMeaning(float[] questionVector, int top);

    /// <summary>A passage by its ordinal.</summary>
    IndexedPassage Passage(int ordinal);

    /// <summary>The cosine between a question's vector and a passage's.</summary>
    float Closeness(float[] questionVector, int ordinal);

    /// <summary>The index terms of a text, as passages are analysed (synonyms contracted, stemmed), with where each stands.</summary>
    IReadOnlyList<IndexTerm> Analyze(string text);

    /// <summary>How many passages contain an index term (as <see cref="Analyze"/> gives it).</summary>
    int PassagesContaining(string term);

    /// <summary>How many passages contain every one of the index terms (the words of a name: "Open Balkan").</summary>
    int PassagesContainingAll(IReadOnlyCollection<string> terms);

    /// <summary>The passages' word closest in spelling to a word none of them holds, or null.</summary>
    string? CorrectSpelling(string word);

    /// <summary>
    /// Whether the passages write a word as a name: capitalised in most of its places inside a sentence ("Turkey",
    /// "KFOR"), so that "turkey" typed in lower case is asked about as a name.
    /// </summary>
    bool WritesAsName(string word);

    /// <summary>
    /// The phrase of the passages whose capitalised words spell an acronym ("JFC": "Joint Force Command"), or null when
    /// the word is no acronym (two to six capitals) or none spells it.
    /// </summary>
    string? AcronymPhrase(string acronym);

    /// <summary>Whether any passage of the article contains the index term.</summary>
    bool ArticleContains(string articleId, string term);
}

/// <summary>A passage of the index: its article, its place there, and its verbatim text.</summary>
public sealed record IndexedPassage(int Ordinal, string ArticleId, int Position, string? Heading, string Text);

/// <summary>An index term and the stretch of the analysed text it came from.</summary>
public readonly record struct IndexTerm(string Term, int Start, int End);
