using System.Diagnostics;
using System.Text.Json;
using KforBot.Corpus;
using KforBot.Search.Embeddings;
using KforBot.Search.Lucene;
using Lucene.Net.Analysis.Synonym;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Search.Generations;

/// <summary>
/// Builds a new generation (Lucene index, passage vectors, articles, manifest) in a folder of its own and publishes
/// it atomically. A build that fails or is killed leaves the previous generation serving; the next build removes
/// what it left behind.
/// </summary>
internal sealed partial class GenerationBuilder(
    CorpusLoader loader,
    IOptions<IndexOptions> options,
    IPassageEncoder encoder,
    TimeProvider timeProvider,
    ILogger<GenerationBuilder> logger) : IIndexBuilder
{
    private readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task<ReindexReport> BuildAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        await _oneAtATime.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // The build is CPU work (analysis, the model) from start to end: it runs on a thread of its own.
            return await Task.Run(() => BuildOnThisThreadAsync(corpusDirectory, progress, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    private async Task<ReindexReport> BuildOnThisThreadAsync(string corpusDirectory, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var folder = new IndexFolder(options.Value.Path);
        if (folder.Unusable() is { } foreign)
        {
            return NotRead(folder, started, foreign);
        }

        var previous = folder.CurrentGeneration();
        var unchanged = previous is null ? "there is no previous index" : "the previous index is unchanged";
        CorpusReading corpus;
        string synonymsText;
        try
        {
            corpus = loader.Open(corpusDirectory);

            // Synonyms come from the corpus folder, read as it is opened: every passage is analysed with them.
            synonymsText = corpus.SynonymsText;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return NotRead(folder, started, $"the corpus could not be read: {e.Message}; {unchanged}");
        }

        SynonymMap? synonyms;
        try
        {
            synonyms = SynonymRules.Parse(synonymsText);
        }
        catch (FormatException e)
        {
            return NotRead(folder, started, $"{e.Message}; {unchanged}") with { Problems = [SynonymsFile.Problem(corpus.Directory, e)] };
        }

        string? generation = null;
        try
        {
            folder.EnsureCreated();
            using var buildLock = folder.TryLockForBuild();
            if (buildLock is null)
            {
                return NotRead(folder, started, $"another reindex is writing to '{folder.Path}' right now; try again when it has finished ({unchanged})");
            }

            // Leftovers of killed builds go first: with the lock held, no build is writing them.
            folder.DeleteGenerationsExcept(previous is null ? [] : [previous]);
            generation = folder.NewGenerationPath(timeProvider.GetUtcNow());
            Directory.CreateDirectory(generation);
            (int Articles, int Passages, int Embedded) written;
            using (var cache = await EmbeddingCache.OpenAsync(folder.EmbeddingCachePath, encoder.ModelId, cancellationToken).ConfigureAwait(false))
            {
                written = Write(cache, generation, corpus, synonymsText, synonyms, progress, cancellationToken);
            }

            cancellationToken.ThrowIfCancellationRequested();
            loader.LogProblems(corpus);
            if (written.Articles == 0)
            {
                TryDelete(generation);
                return Failed(folder, started, $"no article in '{corpusDirectory}' could be indexed; {unchanged}", corpus.Problems, corpus.FilesRead);
            }

            folder.Publish(generation);
            folder.DeleteGenerationsExcept(previous is null ? [generation] : [generation, previous]);
            var report = new ReindexReport(true, null, corpus.FilesRead, written.Articles, written.Passages, corpus.Problems, Stopwatch.GetElapsedTime(started), folder.Path)
            {
                ArticlesPerFile = corpus.ArticlesPerFile,
                PassagesEmbedded = written.Embedded,
            };
            LogBuilt(logger, report.ArticlesIndexed, report.PassagesIndexed, written.Embedded, report.Elapsed.TotalMilliseconds, folder.Path);
            return report;
        }
        catch (OperationCanceledException)
        {
            TryDelete(generation);
            throw;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or InvalidDataException or Microsoft.Data.Sqlite.SqliteException)
        {
            TryDelete(generation);
            LogFailed(logger, e, folder.Path);
            return Failed(folder, started, $"{Describe(e, folder.Path)}; {unchanged}", corpus.Problems, corpus.FilesRead);
        }
    }

    private (int Articles, int Passages, int Embedded) Write(
        EmbeddingCache cache, string generation, CorpusReading corpus, string synonymsText, SynonymMap? synonyms, IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        var articles = new List<IndexedArticle>();
        int passages = 0, embedded;
        long words = 0;
        using (var vectors = new PassageVectorWriter(encoder, cache, VectorFileWriter.Create(generation)))
        {
            using var lucene = new LucenePassageWriter(generation, synonyms);

            // Lucene analyses and writes on a thread of its own while this one reads articles and embeds passages.
            // (Two Lucene threads were no faster on 2 cores: a build keeps both cores busy already.)
            using var indexing = new BackgroundWork<(int Ordinal, Passage Passage, string Context)>(
                p => lucene.Add(p.Ordinal, p.Passage, p.Context), PassagesQueued, cancellationToken);
            try
            {
                foreach (var article in corpus.ReadArticles(indexing.Token))
                {
                    var cut = PassageSplitter.Split(article, indexing.Token);
                    if (cut.Count == 0)
                    {
                        continue;
                    }

                    var context = article.Context;
                    foreach (var passage in cut)
                    {
                        indexing.Add((passages++, passage, context));
                        vectors.Add(passage.Text, indexing.Token);
                        words += passage.WordCount;
                    }

                    articles.Add(new IndexedArticle(article.Id, article.Title, article.Outlet, article.Published, article.Url, article.Language));
                    progress?.Report(new ReindexProgress(articles.Count, corpus.ExpectedArticles, passages)
                    {
                        PassagesEmbedded = vectors.Embedded,
                        ArticlesTotalIsEstimate = corpus.ExpectedArticlesIsEstimate,
                    });
                }

                vectors.Complete(indexing.Token);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // The Lucene thread failed and stopped this one: Complete throws its failure.
            }

            indexing.Complete();
            cancellationToken.ThrowIfCancellationRequested();
            lucene.Commit();
            embedded = vectors.Embedded;
            File.WriteAllText(Path.Combine(generation, CorpusLoader.SynonymsFileName), synonymsText);
        }

        WriteArticles(generation, articles);
        var manifest = new GenerationManifest(
            GenerationManifest.CurrentFormat, Path.GetFileName(generation), corpus.Fingerprint, corpus.Stamp, timeProvider.GetUtcNow(),
            articles.Count, passages, passages == 0 ? 0 : (double)words / passages, encoder.ModelId, encoder.Dimensions,
            Path.GetFullPath(corpus.Directory));
        if (articles.Count > 0)
        {
            manifest.Write(generation);
        }

        return (articles.Count, passages, embedded);
    }

    /// <summary>Passages read ahead of the Lucene thread at most: enough to keep it busy, little memory.</summary>
    private const int PassagesQueued = 4096;

    private static void WriteArticles(string generation, List<IndexedArticle> articles)
    {
        using var stream = new FileStream(Path.Combine(generation, LuceneGeneration.ArticlesFileName), FileMode.CreateNew, FileAccess.Write);
        using var writer = new Utf8JsonWriter(stream);
        foreach (var article in articles)
        {
            JsonSerializer.Serialize(writer, article, GenerationJsonContext.Default.IndexedArticle);
            writer.Flush();
            stream.WriteByte((byte)'\n');
            writer.Reset();
        }
    }

    private static string Describe(Exception e, string path) => e switch
    {
        IOException { HResult: 28 or unchecked((int)0x80070070) } => $"the disk is full; the index at '{path}' could not be written",
        Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } => $"the disk is full; the index at '{path}' could not be written",
        DirectoryNotFoundException => $"the index folder '{path}' cannot be created (a part of its path is missing or is a file); set Index:Path (or --index) to a folder that can be made",
        UnauthorizedAccessException => $"'{path}' is not writable; give the bot write access or set Index:Path (or --index) to a writable folder",
        FormatException => e.Message,
        _ => $"the index at '{path}' could not be written ({e.Message})",
    };

    private static void TryDelete(string? generation)
    {
        if (generation is null)
        {
            return;
        }

        try
        {
            Directory.Delete(generation, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The next build removes what is left.
        }
    }

    /// <summary>A build that stopped before reading any article: the report lists no file as read.</summary>
    private static ReindexReport NotRead(IndexFolder folder, long started, string failure) =>
        Failed(folder, started, failure, [], 0) with { CorpusRead = false };

    private static ReindexReport Failed(IndexFolder folder, long started, string failure, IReadOnlyList<CorpusProblem> problems, int filesRead) =>
        new(false, failure, filesRead, 0, 0, problems, Stopwatch.GetElapsedTime(started), folder.Path);

    [LoggerMessage(Level = LogLevel.Information, Message = "Index built: {Articles} articles, {Passages} passages ({Embedded} embedded, the rest from the cache) in {Milliseconds:F0} ms at {IndexPath}")]
    private static partial void LogBuilt(ILogger logger, int articles, int passages, int embedded, double milliseconds, string indexPath);

    [LoggerMessage(Level = LogLevel.Error, Message = "Reindex failed at {IndexPath}")]
    private static partial void LogFailed(ILogger logger, Exception exception, string indexPath);
}
