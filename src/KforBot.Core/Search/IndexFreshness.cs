using KforBot.Corpus;
using KforBot.Search.Embeddings;
using KforBot.Search.Generations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Search;

/// <summary>
/// At start-up, makes sure the index exists and was built from the corpus as it is now (same fingerprint);
/// otherwise rebuilds it, reporting progress.
/// </summary>
public sealed partial class IndexFreshness(
    IPassageIndex index,
    IIndexBuilder builder,
    IPassageEncoder encoder,
    IOptions<CorpusOptions> corpusOptions,
    IOptions<IndexOptions> indexOptions,
    ILogger<IndexFreshness> logger)
{
    /// <summary>Rebuilds the index when it is missing or stale; never from a corpus folder other than the one it was built from.</summary>
    /// <exception cref="IndexUnavailableException">The index path holds something else, or the index was built from another corpus folder.</exception>
    /// <returns>The reindex report when a rebuild ran, otherwise null.</returns>
    public async Task<ReindexReport?> EnsureCurrentAsync(IProgress<ReindexProgress>? progress, CancellationToken cancellationToken)
    {
        // Every start answers or builds with the model: load it while the index is checked.
        encoder.Preload();
        var corpus = corpusOptions.Value.ResolveDirectory();
        if (new IndexFolder(indexOptions.Value.Path).Unusable() is { } foreign)
        {
            throw new IndexUnavailableException($"The index cannot be used: {foreign}.");
        }

        var (summary, unusable) = await index.TryGetSummaryAsync(cancellationToken).ConfigureAwait(false);
        if (summary is not null && summary.IsFromAnotherCorpus(corpus))
        {
            throw new IndexUnavailableException(OtherCorpus(indexOptions.Value.Path, summary.CorpusDirectory!, corpus));
        }
        if (!Directory.Exists(corpus))
        {
            if (summary is null)
            {
                throw new IndexUnavailableException($"The bot cannot answer: {unusable}, and the corpus folder '{corpus}' does not exist. Set Corpus:Directory (or --corpus) to the folder of articles.");
            }

            LogCorpusMissing(logger, corpus);
            return null;
        }

        if (summary is not null && await IsBuiltFromTheseFilesAsync(summary, corpus, cancellationToken).ConfigureAwait(false))
        {
            return null;
        }

        LogRebuilding(logger, unusable ?? "the corpus changed since the index was built", corpus);
        var report = await builder.BuildAsync(corpus, progress, cancellationToken).ConfigureAwait(false);
        if (!report.Succeeded && summary is null)
        {
            throw new IndexUnavailableException($"The index could not be built: {report.Failure}");
        }

        return report;
    }

    /// <summary>
    /// Files untouched since the build (same sizes and times) need not be read to be sure of them. Another file, a
    /// missing one or another size changes the fingerprint for certain (it holds every file's name and length), so
    /// the build's own reading is the only one. Only files with new times and the same sizes are read here first, to
    /// learn whether their bytes changed.
    /// </summary>
    private static async Task<bool> IsBuiltFromTheseFilesAsync(IndexSummary summary, string corpus, CancellationToken cancellationToken)
    {
        var stamp = CorpusFingerprint.Stamp(corpus);
        if (summary.CorpusStamp.Length > 0)
        {
            if (summary.CorpusStamp == stamp)
            {
                return true;
            }

            if (!CorpusFingerprint.SameFilesAndSizes(summary.CorpusStamp, stamp))
            {
                return false;
            }
        }

        return summary.Fingerprint == await CorpusFingerprint.ComputeAsync(corpus, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>What to do about an index built from one corpus folder when a command reads another.</summary>
    public static string OtherCorpus(string indexPath, string builtFrom, string corpus) =>
        $"The index at '{Path.GetFullPath(indexPath)}' was built from the corpus folder '{builtFrom}', not '{corpus}', and was left as it is. " +
        $"Pass --corpus '{builtFrom}' (or set Corpus:Directory) to use it, pass --index with another folder for '{corpus}', " +
        $"or run `reindex --corpus '{corpus}'` to rebuild this index from that folder.";

    [LoggerMessage(Level = LogLevel.Information, Message = "Building the index ({Why}) from {Corpus}")]
    private static partial void LogRebuilding(ILogger logger, string why, string corpus);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The corpus folder {Corpus} does not exist; answering from the existing index")]
    private static partial void LogCorpusMissing(ILogger logger, string corpus);
}
