using System.Diagnostics;
using KforBot.Benchmarks.Support;
using KforBot.Corpus;
using KforBot.Search.Embeddings;
using KforBot.Search.Lucene;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Where a reindex spends its time, one stage at a time on one thread: reading and cutting the corpus, the bot's
/// Lucene writer, the passage vectors with their cache (synthetic vectors, so the model's cost is left out), and
/// the bare Lucene.Net floor the scale benchmark compares with. Wall and CPU seconds: on a shared machine the
/// CPU time is the steadier of the two. Arguments: <c>--corpus DIR</c>, <c>--work DIR</c>.
/// </summary>
internal sealed class IndexStagesBenchmark : IBenchmark
{
    public string Name => "index-stages";

    public string Description => "a reindex's stages one at a time (read and cut, Lucene writer, vectors and cache) beside a bare Lucene.Net IndexWriter";

    public Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var corpusDirectory = Path.GetFullPath(arguments.Text("--corpus", RepositoryLayout.SeedCorpus));
        if (!Directory.Exists(corpusDirectory))
        {
            output.WriteLine($"The corpus folder '{corpusDirectory}' does not exist; give --corpus DIR.");
            return Task.FromResult(2);
        }

        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var table = new TextTable("stage", "wall (s)", "CPU (s)");
        List<(Article Article, List<Passage> Passages)> articles = [];
        Stage(table, "read and cut into passages", () =>
            articles = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Open(corpusDirectory).ReadArticles(cancellationToken).Select(a => (a, PassageSplitter.Split(a))).ToList());
        var synonymsPath = Path.Combine(corpusDirectory, CorpusLoader.SynonymsFileName);
        var synonyms = SynonymRules.Parse(File.Exists(synonymsPath) ? File.ReadAllText(synonymsPath) : string.Empty);
        Stage(table, "Lucene writer (one document per passage)", () =>
        {
            using var lucene = new LucenePassageWriter(scratch.Combine("generation"), synonyms);
            var ordinal = 0;
            foreach (var (article, passages) in articles)
            {
                var context = article.Context;
                foreach (var passage in passages)
                {
                    lucene.Add(ordinal++, passage, context);
                }
            }

            lucene.Commit();
        });
        Stage(table, "passage vectors and embedding cache (synthetic vectors)", () =>
        {
            var encoder = new SyntheticPassageEncoder(new ArcticEncoder());
            using var cache = EmbeddingCache.OpenAsync(scratch.Combine("embedding-cache.db"), encoder.ModelId, cancellationToken).GetAwaiter().GetResult();
            var folder = scratch.Combine("vectors");
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }

            Directory.CreateDirectory(folder);
            using var vectors = new PassageVectorWriter(encoder, cache, VectorFileWriter.Create(folder));
            foreach (var passage in articles.SelectMany(a => a.Passages))
            {
                vectors.Add(passage.Text, cancellationToken);
            }

            vectors.Complete(cancellationToken);
        });
        Stage(table, "bare Lucene.Net IndexWriter + StandardAnalyzer (reading included)", () => BareLuceneIndex.Build(corpusDirectory, scratch.Combine("bare")));
        Stage(table, "the same, one document per passage (cut beforehand, not timed)", () => BareLuceneIndex.BuildPassages(articles, scratch.Combine("bare-passages")));

        output.WriteLine($"{corpusDirectory}: {articles.Count:N0} articles, {articles.Sum(a => a.Passages.Count):N0} passages");
        output.WriteLine();
        output.Write(table.ToString());
        return Task.FromResult(0);
    }

    private static void Stage(TextTable table, string name, Action stage)
    {
        using var process = Process.GetCurrentProcess();
        var cpu = process.TotalProcessorTime;
        var started = Stopwatch.GetTimestamp();
        stage();
        var wall = Stopwatch.GetElapsedTime(started).TotalSeconds;
        process.Refresh();
        table.Add(name, ScaleReport.F(wall, 2), ScaleReport.F((process.TotalProcessorTime - cpu).TotalSeconds, 2));
    }
}
