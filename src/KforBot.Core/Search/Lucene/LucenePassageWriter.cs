using System.Globalization;
using KforBot.Corpus;
using Lucene.Net.Analysis.Synonym;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Directory = Lucene.Net.Store.Directory;

namespace KforBot.Search.Lucene;

/// <summary>Writes one generation's Lucene index: a document per passage, analysed by <see cref="PassageAnalyzer"/>.</summary>
internal sealed class LucenePassageWriter : IDisposable
{
    public const string FolderName = "lucene";

    private readonly Directory _directory;
    private readonly PassageAnalyzer _analyzer;
    private readonly IndexWriter _writer;

    // One document reused for every passage: Lucene copies the values at AddDocument.
    private readonly Document _document = new();
    private readonly NumericDocValuesField _ordinal = new(PassageFields.Ordinal, 0);
    private readonly StringField _articleId = new(PassageFields.ArticleId, string.Empty, Field.Store.YES);
    private readonly StoredField _position = new(PassageFields.Position, 0);
    // Title and heading are shown, never searched: stored only, they cost no analysis.
    private readonly StoredField _title = new(PassageFields.Title, string.Empty);
    private readonly StoredField _outlet = new(PassageFields.Outlet, string.Empty);
    private readonly StoredField _published = new(PassageFields.Published, string.Empty);
    private readonly StoredField _url = new(PassageFields.Url, string.Empty);
    private readonly StoredField _heading = new(PassageFields.Heading, string.Empty);
    private readonly TextField _text = new(PassageFields.Text, string.Empty, Field.Store.YES);
    private readonly TextField _spelling = new(PassageFields.Spelling, string.Empty, Field.Store.NO);

    public LucenePassageWriter(string generationPath, SynonymMap? synonyms)
    {
        // NIOFSDirectory: this Lucene.Net version's memory-mapped directory has crashed under concurrent searches.
        _directory = new NIOFSDirectory(new DirectoryInfo(Path.Combine(generationPath, FolderName)));
        _analyzer = new PassageAnalyzer(synonyms);
        var config = new IndexWriterConfig(PassageAnalyzer.Version, _analyzer)
        {
            OpenMode = OpenMode.CREATE,
            Similarity = new BM25Similarity(),
            RAMBufferSizeMB = 64,
        };
        _writer = new IndexWriter(_directory, config);
        foreach (var field in new Field[] { _ordinal, _articleId, _position, _title, _outlet, _published, _url, _heading, _text, _spelling })
        {
            _document.Add(field);
        }
    }

    public void Add(int ordinal, Article article, Passage passage)
    {
        _ordinal.SetInt64Value(ordinal);
        _articleId.SetStringValue(article.Id);
        _position.SetInt32Value(passage.Position);
        _title.SetStringValue(article.Title);
        _outlet.SetStringValue(article.Outlet);
        _published.SetStringValue(article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty);
        _url.SetStringValue(article.Url?.ToString() ?? string.Empty);
        _heading.SetStringValue(passage.Heading ?? string.Empty);
        _text.SetStringValue(passage.Text);
        _spelling.SetStringValue(passage.Text);
        _writer.AddDocument(_document);
    }

    /// <summary>Commits the index to disk; after this the generation's Lucene part is complete.</summary>
    public void Commit() => _writer.Commit();

    public void Dispose()
    {
        _writer.Dispose();
        _analyzer.Dispose();
        _directory.Dispose();
    }
}
