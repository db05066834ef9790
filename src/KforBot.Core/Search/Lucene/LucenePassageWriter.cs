using KforBot.Corpus;
using KforBot.Search.Spelling;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KforBot.Search.Lucene;

/// <summary>
/// Writes one generation's Lucene index: a document per passage, analysed by <see cref="PassageAnalyzer"/>, and the
/// words that analysis counted, for spelling corrections, with the acronyms the passages spell (<see cref="SpellingIndex"/>).
/// </summary>
internal sealed class LucenePassageWriter : IDisposable
{
    public const string FolderName = "lucene";

    private readonly string _generationPath;
    private readonly Directory _directory;
    private readonly SpellingVocabulary _vocabulary = new();
    private readonly Acronyms _acronyms = new();
    private readonly PassageAnalyzer _analyzer;
    private readonly IndexWriter _writer;
    private bool _committed;

    // One document reused for every passage: Lucene copies the values at AddDocument. An article's title, outlet,
    // date and link are not repeated in each of its passages: the generation's article list holds them once.
    private readonly Document _document = new();
    private readonly NumericDocValuesField _ordinal = new(PassageFields.Ordinal, 0);
    private readonly StringField _articleId = new(PassageFields.ArticleId, string.Empty, Field.Store.YES);
    private readonly StoredField _position = new(PassageFields.Position, 0);
    private readonly StoredField _heading = new(PassageFields.Heading, string.Empty);
    private readonly TextField _text = new(PassageFields.Text, string.Empty, Field.Store.YES);
    private readonly TextField _context = new(PassageFields.Context, string.Empty, Field.Store.NO);

    public LucenePassageWriter(string generationPath, SynonymMap? synonyms)
    {
        _generationPath = generationPath;

        // NIOFSDirectory: this Lucene.Net version's memory-mapped directory has crashed under concurrent searches.
        _directory = new NIOFSDirectory(new DirectoryInfo(Path.Combine(generationPath, FolderName)));
        _analyzer = new PassageAnalyzer(synonyms, _vocabulary);
        var config = new IndexWriterConfig(PassageAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        foreach (var field in new Field[] { _ordinal, _articleId, _position, _heading, _text, _context })
        {
            _document.Add(field);
        }
    }

    /// <summary>Adds a passage; not to be called from two threads at once.</summary>
    /// <param name="ordinal">The passage's place in the build.</param>
    /// <param name="passage">The passage.</param>
    /// <param name="context">Its article's <see cref="Corpus.Article.Context"/>.</param>
    public void Add(int ordinal, Passage passage, string context)
    {
        _ordinal.SetInt64Value(ordinal);
        _articleId.SetStringValue(passage.ArticleId);
        _position.SetInt32Value(passage.Position);
        _heading.SetStringValue(passage.Heading ?? string.Empty);
        _text.SetStringValue(passage.Text);
        _context.SetStringValue(context);
        _writer.AddDocument(_document);
        _acronyms.Add(passage.Text);
    }

    /// <summary>Commits the index and writes the words counted for spelling corrections; after this the generation's Lucene part is complete.</summary>
    public void Commit()
    {
        _writer.Commit();
        _committed = true;
        SpellingIndex.Write(_generationPath, _vocabulary.Words(), _vocabulary.Names(), _acronyms.Expansions());
    }

    /// <summary>
    /// Closes the writer. A build that was cancelled or failed before <see cref="Commit"/> rolls back: disposing
    /// would flush and commit every buffered passage first, seconds of work for a generation about to be deleted.
    /// </summary>
    public void Dispose()
    {
        if (_committed)
        {
            _writer.Dispose();
        }
        else
        {
            _writer.Rollback();
        }

        _analyzer.Dispose();
        _vocabulary.Dispose();
        _directory.Dispose();
    }
}
