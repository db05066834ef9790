using KforBot.Search.Embeddings;
using KforBot.Search.Lucene;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Search.Generations;

/// <summary>
/// The live generation of the index, for every question: it looks at the pointer file at most once a second and,
/// when a reindex (in this process or another) has published a new generation, opens it and sends the next
/// questions there (<see cref="PublishedGenerations"/>); questions in flight finish on the old one, which closes
/// after the last of them.
/// </summary>
internal sealed partial class GenerationIndex(
    IOptions<IndexOptions> options,
    IPassageEncoder encoder,
    TimeProvider timeProvider,
    ILogger<GenerationIndex> logger) : IPassageIndex, IDisposable
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private PublishedGenerations? _generations;
    private long? _checkedAt;

    public Task<IPassageIndexReader> OpenReaderAsync(CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var generations = Generations();
        if (RefreshDue())
        {
            generations.MaybeRefreshBlocking();
        }

        return Task.FromResult<IPassageIndexReader>(new GenerationReader(generations, generations.Acquire()));
    }

    public async Task<(IndexSummary? Summary, string? Unusable)> TryGetSummaryAsync(CancellationToken cancellationToken)
    {
        var folder = new IndexFolder(options.Value.Path);
        if (folder.Unusable() is { } foreign)
        {
            return (null, foreign);
        }

        // Opened, not only its manifest read: files damaged since the build (a full disk, a bad copy) make the
        // index as unusable as a missing one, and start-up rebuilds it.
        try
        {
            await using var reader = await OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            return (reader.Summary, null);
        }
        catch (IndexUnavailableException e)
        {
            return (null, e.Why);
        }
        finally
        {
            // Asked before a rebuild: the next question reads the pointer again rather than a second later.
            lock (_lock)
            {
                _checkedAt = null;
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _generations?.Dispose();
            _generations = null;
        }
    }

    /// <summary>The published generations, opening the first one on the first question.</summary>
    /// <exception cref="IndexUnavailableException">There is no index yet, or its generation cannot be opened.</exception>
    private PublishedGenerations Generations()
    {
        lock (_lock)
        {
            if (_generations is { } generations)
            {
                return generations;
            }

            _checkedAt = timeProvider.GetTimestamp();
            var folder = new IndexFolder(options.Value.Path);
            var path = folder.CurrentGeneration()
                ?? throw new IndexUnavailableException(folder.Unusable() ?? $"There is no index at '{folder.Path}' yet.") { Why = "there is no index yet" };
            var first = LuceneGeneration.Open(path, encoder.ModelId);

            // The first generation opened is what was built or found at start: nothing an operator has to know,
            // and on the console the line would stand among the answers.
            LogOpened(logger, Path.GetFileName(path), first.Manifest.ArticleCount, first.Manifest.PassageCount);
            return _generations = new PublishedGenerations(first, folder, encoder.ModelId, logger);
        }
    }

    /// <summary>Whether to look at the pointer file again: at most once a second, or at once after a summary was asked for.</summary>
    private bool RefreshDue()
    {
        lock (_lock)
        {
            if (_checkedAt is { } checkedAt && timeProvider.GetElapsedTime(checkedAt) < CheckInterval)
            {
                return false;
            }

            _checkedAt = timeProvider.GetTimestamp();
            return true;
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answering from index generation {Generation}: {Articles} articles, {Passages} passages")]
    private static partial void LogOpened(ILogger logger, string generation, int articles, int passages);

    /// <summary>One question's hold on a generation: released once, when the question is done.</summary>
    private sealed class GenerationReader(PublishedGenerations generations, LuceneGeneration generation) : IPassageIndexReader
    {
        private int _released;

        public IndexSummary Summary { get; } = generation.Manifest.ToSummary();

        public IReadOnlyDictionary<string, IndexedArticle> Articles => generation.Articles;

        public IReadOnlyList<PassageHit> SearchTerms(IReadOnlyCollection<string> terms, int top) => generation.SearchTerms(terms, top);

        public IReadOnlyList<PassageHit> SearchMeaning(float[] questionVector, int top) => generation.SearchMeaning(questionVector, top);

        public IndexedPassage Passage(int ordinal) => generation.Passage(ordinal);

        public float Closeness(float[] questionVector, int ordinal) => generation.Closeness(questionVector, ordinal);

        public IReadOnlyList<IndexTerm> Analyze(string text) => generation.Analyze(text);

        public int PassagesContaining(string term) => generation.PassagesContaining(term);

        public int PassagesContainingAll(IReadOnlyCollection<string> terms) => generation.PassagesContainingAll(terms);

        public bool ArticleContains(string articleId, string term) => generation.ArticleContains(articleId, term);

        public string? CorrectSpelling(string word) => generation.CorrectSpelling(word);

        public bool WritesAsName(string word) => generation.WritesAsName(word);

        public string? AcronymPhrase(string acronym) => generation.AcronymPhrase(acronym);

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                generations.Release(generation);
            }

            return ValueTask.CompletedTask;
        }
    }
}
