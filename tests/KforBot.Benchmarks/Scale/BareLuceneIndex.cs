using System.Diagnostics;
using KforBot.Corpus;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// The floor a reindex is compared with: the same articles, read by the same corpus reader, written by a bare
/// Lucene.Net <see cref="IndexWriter"/> with <see cref="StandardAnalyzer"/> and its default settings, one document
/// per article with its title and text indexed and stored (a search engine must keep the text it shows), on the
/// same directory type as the bot's. Nothing else: no passages, no synonyms or stemming, no vectors, no metadata.
/// </summary>
internal static class BareLuceneIndex
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    public static TimeSpan Build(string corpusDirectory, string folder) =>
        Write(folder, () => new CorpusLoader(NullLogger<CorpusLoader>.Instance).Open(corpusDirectory).ReadArticles(CancellationToken.None)
            .Select(article => new Document
            {
                new StringField("id", article.Id, Field.Store.YES),
                new TextField("title", article.Title, Field.Store.YES),
                new TextField("text", article.Body, Field.Store.YES),
            }));

    /// <summary>
    /// The floor of a passage index: the same bare writer and analyzer, one document per passage with its article id
    /// and text, from passages already read and cut. What one document per passage costs Lucene by itself.
    /// </summary>
    public static TimeSpan BuildPassages(IReadOnlyList<(Article Article, List<Passage> Passages)> articles, string folder) =>
        Write(folder, () => articles.SelectMany(a => a.Passages).Select(passage => new Document
        {
            new StringField("id", passage.ArticleId, Field.Store.YES),
            new TextField("text", passage.Text, Field.Store.YES),
        }));

    /// <summary>Writes the documents into a new index in <paramref name="folder"/>; the time taken, getting the documents included.</summary>
    private static TimeSpan Write(string folder, Func<IEnumerable<Document>> documents)
    {
        if (System.IO.Directory.Exists(folder))
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }

        var started = Stopwatch.GetTimestamp();
        using (var directory = new NIOFSDirectory(new DirectoryInfo(folder)))
        using (var analyzer = new StandardAnalyzer(Version))
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(Version, analyzer) { OpenMode = OpenMode.CREATE }))
        {
            foreach (var document in documents())
            {
                writer.AddDocument(document);
            }

            writer.Commit();
        }

        return Stopwatch.GetElapsedTime(started);
    }
}
