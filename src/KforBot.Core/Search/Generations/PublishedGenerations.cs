using KforBot.Search.Lucene;
using Lucene.Net.Search;
using Microsoft.Extensions.Logging;

namespace KforBot.Search.Generations;

/// <summary>
/// The newest published generation, shared by every question through Lucene's <see cref="ReferenceManager{G}"/>:
/// a refresh opens the generation the pointer file names when it is new, and a replaced one closes after the last
/// question on it has released it.
/// </summary>
internal sealed partial class PublishedGenerations : ReferenceManager<LuceneGeneration>
{
    private readonly IndexFolder _folder;
    private readonly string _modelId;
    private readonly ILogger _logger;
    private string? _unreadable;

    public PublishedGenerations(LuceneGeneration first, IndexFolder folder, string modelId, ILogger logger)
    {
        Current = first;
        _folder = folder;
        _modelId = modelId;
        _logger = logger;
    }

    /// <returns>The newly published generation, opened; null (Lucene's "nothing to refresh") when there is none or it cannot be read.</returns>
    protected override LuceneGeneration RefreshIfNeeded(LuceneGeneration referenceToRefresh)
    {
        // A generation that failed to open is not tried again every second: the next build publishes another.
        var path = _folder.CurrentGeneration();
        if (path is null || path == referenceToRefresh.Path || path == _unreadable)
        {
            return null!;
        }

        try
        {
            var opened = LuceneGeneration.Open(path, _modelId);
            LogSwitched(_logger, System.IO.Path.GetFileName(path), opened.Manifest.ArticleCount, opened.Manifest.PassageCount);
            return opened;
        }
        catch (IndexUnavailableException e)
        {
            _unreadable = path;
            LogKeptOld(_logger, e.Message, referenceToRefresh.Path);
            return null!;
        }
    }

    protected override bool TryIncRef(LuceneGeneration reference) => reference.TryIncRef();

    protected override void DecRef(LuceneGeneration reference) => reference.DecRef();

    protected override int GetRefCount(LuceneGeneration reference) => reference.RefCount;

    [LoggerMessage(Level = LogLevel.Information, Message = "Now answering from the new index generation {Generation}: {Articles} articles, {Passages} passages")]
    private static partial void LogSwitched(ILogger logger, string generation, int articles, int passages);

    [LoggerMessage(Level = LogLevel.Warning, Message = "A new index generation could not be opened ({Problem}); still answering from {Generation}")]
    private static partial void LogKeptOld(ILogger logger, string problem, string generation);
}
