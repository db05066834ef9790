using System.Diagnostics;
using KforBot.Corpus;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.Logging.Abstractions;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// The real model's speed at reindex: passages of a corpus embedded as a build embeds them (the bot's encoder,
/// its batches, no cache), after one passage that loads the model and is not timed.
/// </summary>
internal static class EmbeddingThroughput
{
    public static (int Passages, double AverageWords, double PassagesPerSecond) Measure(string corpusDirectory, int sample, CancellationToken cancellationToken)
    {
        var corpus = new CorpusLoader(NullLogger<CorpusLoader>.Instance).Open(corpusDirectory);
        var passages = corpus.ReadArticles(cancellationToken).SelectMany(PassageSplitter.Split).Take(sample + 1).ToList();
        using var encoder = new ArcticEncoder();
        encoder.EncodePassages(passages.Take(1).Select(p => p.Text).ToList(), cancellationToken);
        var timed = passages.Skip(1).ToList();
        var started = Stopwatch.GetTimestamp();
        encoder.EncodePassages(timed.Select(p => p.Text).ToList(), cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (timed.Count, timed.Count == 0 ? 0 : timed.Average(p => p.WordCount), timed.Count / seconds);
    }
}
