using System.Diagnostics;
using KforBot.Benchmarks.Support;
using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Benchmarks.Scale;

/// <summary>The bot's own reindex, run inside the benchmark so process start-up is not counted in its rate.</summary>
internal static class InProcessIndexer
{
    /// <param name="syntheticVectors">Whether passages get <see cref="SyntheticPassageEncoder"/>'s vectors instead of the model's.</param>
    public static async Task<(TimeSpan Elapsed, ReindexReport Report)> RunAsync(string corpusDirectory, string indexPath, bool syntheticVectors, CancellationToken cancellationToken)
    {
        var services = AnsweringServices.Collection(new Dictionary<string, string?> { ["Corpus:Directory"] = corpusDirectory, ["Index:Path"] = indexPath });
        if (syntheticVectors)
        {
            SyntheticVectorBot.AddSyntheticPassageVectors(services);
        }

        await using var provider = services.BuildServiceProvider();
        var started = Stopwatch.GetTimestamp();
        var report = await provider.GetRequiredService<IIndexBuilder>().BuildAsync(corpusDirectory, null, cancellationToken).ConfigureAwait(false);
        return (Stopwatch.GetElapsedTime(started), report);
    }
}
