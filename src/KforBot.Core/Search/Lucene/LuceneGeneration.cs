using Lucene.Net.Analysis.Miscellaneous;
using System.Text.Json;
using KforBot.Corpus;
using KforBot.Search.Embeddings;
using KforBot.Search.Generations;
using KforBot.Search.Spelling;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace KforBot.Search.Lucene;

/// <summary>
/// One published generation, open for reading: the Lucene index behind an <see cref="IndexSearcher"/> (BM25, as it
/// was written), the passage vectors, the articles. Shared by every question while it is the newest; closed when a
/// newer one has replaced it and the last question on it has finished: its holders are counted by the Lucene reader's
/// own reference count.
/// </summary>
internal sealed class LuceneGeneration : IReaderDisposedListener
{
    public const string ArticlesFileName = "articles.jsonl";

    /// <summary>Words of the question searched at most; a pasted article adds nothing past them.</summary>
    private const int MaxQueryTerms = 200;

    /// <summary>
    /// An article's title, outlet and date speak for each of its passages alike, so they weigh less than a passage's
    /// own words: they bring the article's passages into the candidates and order them among others, while the
    /// passage's words order them within it.
    /// </summary>
    private const float ContextBoost = 0.5f;

    private readonly DirectoryReader _reader;
    private readonly IndexSearcher _searcher;
    private readonly PassageAnalyzer _analyzer;
    private readonly PassageVectors _vectors;
    private readonly SpellingIndex _spelling;
    private readonly int[] _docOfOrdinal;
    private readonly int[] _ordinalOfDoc;

    private LuceneGeneration(string path, GenerationManifest manifest, DirectoryReader reader, PassageAnalyzer analyzer, PassageVectors vectors, SpellingIndex spelling, (int[] DocOfOrdinal, int[] OrdinalOfDoc) map, IReadOnlyDictionary<string, IndexedArticle> articles)
    {
        Path = path;
        Manifest = manifest;
        _reader = reader;
        _analyzer = analyzer;
        _vectors = vectors;
        _spelling = spelling;
        (_docOfOrdinal, _ordinalOfDoc) = map;
        Articles = articles;
        _searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        reader.AddReaderDisposedListener(this);
    }

    public string Path { get; }

    public GenerationManifest Manifest { get; }

    public IReadOnlyDictionary<string, IndexedArticle> Articles { get; }

    /// <exception cref="IndexUnavailableException">The generation is incomplete, of another format, or damaged.</exception>
    public static LuceneGeneration Open(string path, string modelId)
    {
        var manifest = GenerationManifest.TryRead(path)
            ?? throw new IndexUnavailableException($"The index generation at '{path}' is incomplete.") { Why = "the index is incomplete" };
        if (manifest.Format != GenerationManifest.CurrentFormat || manifest.ModelId != modelId)
        {
            throw new IndexUnavailableException($"The index at '{path}' was built by another version of the bot.") { Why = "the index was built by another version of the bot" };
        }

        DirectoryReader? reader = null;
        PassageVectors? vectors = null;
        SpellingIndex? spelling = null;
        try
        {
            var synonymsPath = System.IO.Path.Combine(path, CorpusLoader.SynonymsFileName);
            var synonyms = SynonymRules.Parse(File.Exists(synonymsPath) ? File.ReadAllText(synonymsPath) : string.Empty);
            reader = DirectoryReader.Open(new NIOFSDirectory(new DirectoryInfo(System.IO.Path.Combine(path, LucenePassageWriter.FolderName))));
            if (reader.NumDocs != manifest.PassageCount)
            {
                throw new InvalidDataException($"the index holds {reader.NumDocs} passages, its manifest {manifest.PassageCount}");
            }

            vectors = PassageVectors.Load(path, manifest.Dimensions, manifest.PassageCount);
            spelling = SpellingIndex.Open(path);
            return new LuceneGeneration(path, manifest, reader, new PassageAnalyzer(synonyms), vectors, spelling, MapOrdinals(reader), ReadArticles(path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or JsonException or FormatException)
        {
            reader?.Dispose();
            vectors?.Dispose();
            spelling?.Dispose();
            throw new IndexUnavailableException($"The index at '{path}' cannot be read: {e.Message}", e) { Why = "the index cannot be read" };
        }
    }

    /// <summary>How many holders the generation has: the <see cref="Generations.PublishedGenerations"/> while it is the newest, and each question on it.</summary>
    public int RefCount => _reader.RefCount;

    /// <summary>A question starts on this generation; false when it is already closed.</summary>
    public bool TryIncRef() => _reader.TryIncRef();

    /// <summary>A holder lets go; the last one out closes the Lucene reader, and with it the vectors, the spelling index and the analyzer.</summary>
    public void DecRef() => _reader.DecRef();

    void IReaderDisposedListener.OnDispose(IndexReader reader)
    {
        _analyzer.Dispose();
        _vectors.Dispose();
        _spelling.Dispose();
    }

    /// <summary>
    /// BM25 over passages for any of the terms. The terms come from <see cref="Analyze"/>, never from user text
    /// parsed as a query: no character of a question can change the query's meaning.
    /// </summary>
    public IReadOnlyList<PassageHit> SearchTerms(IReadOnlyCollection<string> terms, int top)
    {
        if (terms.Count == 0 || top <= 0)
        {
            return [];
        }

        var query = new BooleanQuery();
        foreach (var term in terms.Distinct(StringComparer.Ordinal).Take(MaxQueryTerms))
        {
            query.Add(new TermQuery(new Term(PassageFields.Text, term)), Occur.SHOULD);
            query.Add(new TermQuery(new Term(PassageFields.Context, term)) { Boost = ContextBoost }, Occur.SHOULD);
        }

        var found = _searcher.Search(query, top);
        return found.ScoreDocs.Select(d => new PassageHit(OrdinalOf(d.Doc), d.Score)).ToList();
    }

    public IReadOnlyList<PassageHit> SearchMeaning(float[] questionVector, int top) => _vectors.Nearest(questionVector, top);

    public float Closeness(float[] questionVector, int ordinal) => _vectors.Closeness(questionVector, ordinal);

    public IndexedPassage Passage(int ordinal)
    {
        var document = _searcher.Doc(_docOfOrdinal[ordinal]);
        var heading = document.Get(PassageFields.Heading);
        return new IndexedPassage(
            ordinal,
            document.Get(PassageFields.ArticleId),
            document.GetField(PassageFields.Position).GetInt32Value() ?? 0,
            string.IsNullOrEmpty(heading) ? null : heading,
            document.Get(PassageFields.Text));
    }

    public IReadOnlyList<IndexTerm> Analyze(string text)
    {
        var terms = new List<IndexTerm>();
        using var stream = _analyzer.GetTokenStream(PassageFields.Text, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(new IndexTerm(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        stream.End();
        return terms;
    }

    public int PassagesContaining(string term) => _reader.DocFreq(new Term(PassageFields.Text, term));

    public int PassagesContainingAll(IReadOnlyCollection<string> terms) =>
        terms.Count == 1 ? PassagesContaining(terms.First()) : PassagesHolding(terms.Select(term => new Term(PassageFields.Text, term)));

    /// <summary>
    /// The passages' word closest to a word no passage holds ("amercan" -> "american"): none for words of under five
    /// letters (too many words are one edit apart) or for English words (<see cref="KnownWords"/>: "charge" is no
    /// typo of "change"), at most one edit up to seven letters and two for longer ones, the same first letter, and
    /// the commonest of the closest. Null when none is close.
    /// </summary>
    public string? CorrectSpelling(string word)
    {
        var folded = word.ToLowerInvariant();
        return folded.Length < 5 || KnownWords.Contains(folded) || _spelling.Holds(folded) ? null : _spelling.Closest(folded, maxEdits: folded.Length < 8 ? 1 : 2);
    }

    public string? AcronymPhrase(string acronym) => Acronyms.IsAcronym(acronym) ? _spelling.Phrase(acronym) : null;

    public bool WritesAsName(string word)
    {
        var lower = word.ToLowerInvariant().ToCharArray();
        var folded = new char[lower.Length * 4];
        var length = ASCIIFoldingFilter.FoldToASCII(lower, 0, folded, 0, lower.Length);
        return _spelling.WritesAsName(new string(folded, 0, length));
    }

    public bool ArticleContains(string articleId, string term) =>
        PassagesHolding([new Term(PassageFields.ArticleId, articleId), new Term(PassageFields.Text, term)]) > 0;

    /// <summary>How many passages hold every one of the terms.</summary>
    private int PassagesHolding(IEnumerable<Term> terms)
    {
        var query = new BooleanQuery();
        foreach (var term in terms)
        {
            query.Add(new TermQuery(term), Occur.MUST);
        }

        var counter = new TotalHitCountCollector();
        _searcher.Search(query, counter);
        return counter.TotalHits;
    }

    private int OrdinalOf(int doc) => _ordinalOfDoc[doc];

    /// <summary>Lucene numbers documents as its merges leave them; a passage's ordinal (its vector's row) is fixed.</summary>
    private static (int[] DocOfOrdinal, int[] OrdinalOfDoc) MapOrdinals(DirectoryReader reader)
    {
        var docOfOrdinal = new int[reader.MaxDoc];
        var ordinalOfDoc = new int[reader.MaxDoc];
        var ordinals = MultiDocValues.GetNumericValues(reader, PassageFields.Ordinal)
            ?? throw new InvalidDataException("the index has no passage ordinals");
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var ordinal = (int)ordinals.Get(doc);
            if ((uint)ordinal >= (uint)docOfOrdinal.Length)
            {
                throw new InvalidDataException($"passage ordinal {ordinal} is out of range");
            }

            docOfOrdinal[ordinal] = doc;
            ordinalOfDoc[doc] = ordinal;
        }

        return (docOfOrdinal, ordinalOfDoc);
    }

    private static Dictionary<string, IndexedArticle> ReadArticles(string path)
    {
        var articles = new Dictionary<string, IndexedArticle>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(System.IO.Path.Combine(path, ArticlesFileName)))
        {
            var article = JsonSerializer.Deserialize(line, GenerationJsonContext.Default.IndexedArticle)
                ?? throw new InvalidDataException("an empty line in the article list");
            articles[article.Id] = article;
        }

        return articles;
    }
}
