using System.Diagnostics;
using System.Globalization;
using System.Numerics.Tensors;
using System.Text.RegularExpressions;
using KforBot.Benchmarks.Support;
using KforBot.Corpus;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// Measures whether the model's vector of a lone word finds its paraphrases among the corpus's words: every distinct
/// word of the passages (three letters or more) is embedded alone, and each probe word's nearest ones are printed with
/// their cosines. It is why a question's words are not expanded with their nearest corpus words (docs/answering.md,
/// "Measured quality").
/// </summary>
internal sealed partial class NearestWordsCommand : IBenchmark
{
    private const int Nearest = 6;

    private static readonly string[] DefaultProbes = ["size", "big", "leads", "charge", "wounded", "killed", "died", "tanks", "deputy", "weather", "poem"];

    public string Name => "nearest-words";

    public string Description => "prints the corpus words nearest to probe words by the model's vectors (--corpus DIR --words w1,w2,...)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var corpus = arguments.Text("--corpus", RepositoryLayout.SeedCorpus);
        var probes = arguments.Text("--words", string.Join(',', DefaultProbes)).Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var settings = new Dictionary<string, string?> { ["Corpus:Directory"] = corpus };
        await using var provider = AnsweringServices.Build(settings);
        var encoder = provider.GetRequiredService<IPassageEncoder>();
        var words = provider.GetRequiredService<CorpusLoader>().Open(corpus).ReadArticles(cancellationToken)
            .SelectMany(PassageSplitter.Split)
            .SelectMany(p => Word().Matches(p.Text.ToLowerInvariant()).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        var clock = Stopwatch.StartNew();
        var vectors = encoder.EncodePassages(words, cancellationToken);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{words.Count} distinct words embedded one at a time in {clock.Elapsed.TotalSeconds:F1} s")).ConfigureAwait(false);

        var all = new List<float>();
        foreach (var probe in probes)
        {
            var vector = encoder.EncodePassages([probe], cancellationToken)[0];
            var cosines = vectors.Select((v, i) => (Word: words[i], Cosine: TensorPrimitives.Dot(vector, v))).Where(c => c.Word != probe).ToList();
            all.AddRange(cosines.Select(c => c.Cosine));
            var nearest = cosines.OrderByDescending(c => c.Cosine).Take(Nearest);
            await output.WriteLineAsync($"{probe,-10} " + string.Join(", ", nearest.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Word} {c.Cosine:F2}")))).ConfigureAwait(false);
        }

        if (all.Count > 0)
        {
            all.Sort();
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"cosines of the probes with every corpus word: median {all[all.Count / 2]:F2}, 99th percentile {all[(int)(all.Count * 0.99)]:F2}, highest {all[^1]:F2}")).ConfigureAwait(false);
        }

        return 0;
    }

    [GeneratedRegex(@"\p{L}{3,}")]
    private static partial Regex Word();
}
