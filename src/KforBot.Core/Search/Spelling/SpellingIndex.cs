using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using KforBot.Search.Lucene;
using Directory = Lucene.Net.Store.Directory;

namespace KforBot.Search.Spelling;

/// <summary>
/// A generation's words for spelling corrections: a small Lucene index beside the passages' with a document per
/// word and how many passages hold it. Lucene's <see cref="FuzzyTermsEnum"/> finds the words a few edits away.
/// A document per acronym the passages' capitalised phrases spell holds the phrase it is read as (<see cref="Acronyms"/>).
/// </summary>
internal sealed class SpellingIndex : IDisposable
{
    public const string FolderName = "spelling";

    private const string WordField = "word";
    private const string PassagesField = "passages";
    private const string NameField = "name";
    private const string AcronymField = "acronym";
    private const string PhraseField = "phrase";

    private readonly Directory _directory;
    private readonly DirectoryReader _reader;
    private readonly Terms? _terms;
    private readonly NumericDocValues? _passages;
    private readonly NumericDocValues? _names;

    private SpellingIndex(Directory directory, DirectoryReader reader)
    {
        _directory = directory;
        _reader = reader;
        _terms = MultiFields.GetTerms(reader, WordField);
        _passages = MultiDocValues.GetNumericValues(reader, PassagesField);
        _names = MultiDocValues.GetNumericValues(reader, NameField);
    }

    /// <summary>
    /// Writes the words into <paramref name="generationPath"/>'s spelling folder, marking those the passages write as
    /// names, and the phrase each acronym is read as.
    /// </summary>
    public static void Write(
        string generationPath, IReadOnlyDictionary<string, int> words, IReadOnlySet<string>? names = null, IReadOnlyDictionary<string, string>? acronyms = null)
    {
        using var directory = new NIOFSDirectory(new DirectoryInfo(Path.Combine(generationPath, FolderName)));
        using var analyzer = new KeywordAnalyzer();
        using var writer = new IndexWriter(directory, new IndexWriterConfig(PassageAnalyzer.Version, analyzer) { OpenMode = OpenMode.CREATE });
        var word = new StringField(WordField, string.Empty, Field.Store.NO);
        var passages = new NumericDocValuesField(PassagesField, 0);
        var name = new NumericDocValuesField(NameField, 0);
        var document = new Document { word, passages, name };
        foreach (var (text, count) in words)
        {
            word.SetStringValue(text);
            passages.SetInt64Value(count);
            name.SetInt64Value(names?.Contains(text) == true ? 1 : 0);
            writer.AddDocument(document);
        }

        var acronym = new StringField(AcronymField, string.Empty, Field.Store.NO);
        var phrase = new StoredField(PhraseField, string.Empty);
        var spelt = new Document { acronym, phrase };
        foreach (var (letters, text) in acronyms ?? new Dictionary<string, string>())
        {
            acronym.SetStringValue(letters);
            phrase.SetStringValue(text);
            writer.AddDocument(spelt);
        }

        writer.Commit();
    }

    /// <exception cref="IOException">The folder is missing or damaged.</exception>
    public static SpellingIndex Open(string generationPath)
    {
        var directory = new NIOFSDirectory(new DirectoryInfo(Path.Combine(generationPath, FolderName)));
        try
        {
            return new SpellingIndex(directory, DirectoryReader.Open(directory));
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    public bool Holds(string word) => _reader.DocFreq(new Term(WordField, word)) > 0;

    /// <summary>Whether the passages write <paramref name="word"/> (lower case, folded) as a name: capitalised in most of its places inside a sentence.</summary>
    public bool WritesAsName(string word)
    {
        if (_terms is null || _names is null)
        {
            return false;
        }

        var terms = _terms.GetEnumerator();
        if (!terms.SeekExact(new BytesRef(word)))
        {
            return false;
        }

        var docs = terms.Docs(null, null, DocsFlags.NONE);
        var doc = docs.NextDoc();
        return doc != DocIdSetIterator.NO_MORE_DOCS && _names.Get(doc) == 1;
    }

    /// <summary>The phrase of the passages that spells <paramref name="acronym"/> ("JFC": "Joint Force Command"), or null.</summary>
    public string? Phrase(string acronym)
    {
        var docs = MultiFields.GetTermDocsEnum(_reader, MultiFields.GetLiveDocs(_reader), AcronymField, new BytesRef(acronym));
        return docs is null || docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS ? null : _reader.Document(docs.DocID).Get(PhraseField);
    }

    /// <summary>
    /// The words <paramref name="maxEdits"/> or fewer edits from <paramref name="word"/> with its first letter, the
    /// closest first and, among equally close ones, the one most passages hold. Null when there is none.
    /// </summary>
    public string? Closest(string word, int maxEdits)
    {
        if (_terms is null || _passages is null)
        {
            return null;
        }

        var fuzzy = new FuzzyTermsEnum(_terms, new AttributeSource(), new Term(WordField, word), maxEdits, prefixLength: 1, transpositions: true);
        var boost = fuzzy.Attributes.AddAttribute<IBoostAttribute>();
        (string? Word, float Similarity, long Passages) best = (null, 0, 0);
        DocsEnum? docs = null;
        while (fuzzy.MoveNext())
        {
            docs = fuzzy.Docs(null, docs, DocsFlags.NONE);
            var passages = docs.NextDoc() == DocIdSetIterator.NO_MORE_DOCS ? 0 : _passages.Get(docs.DocID);
            if (boost.Boost > best.Similarity || (boost.Boost == best.Similarity && passages > best.Passages))
            {
                best = (fuzzy.Term.Utf8ToString(), boost.Boost, passages);
            }
        }

        return best.Word;
    }

    public void Dispose()
    {
        _reader.Dispose();
        _directory.Dispose();
    }
}
