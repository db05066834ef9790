using System.Globalization;
using System.Text.Json;
using KforBot.Answering;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.SciFact;

/// <summary>
/// Ranking quality on BEIR SciFact (test split): the corpus becomes a bundle, the bot indexes it and answers the
/// 300 queries with <c>search --json --batch --top 100</c> three times: words only (<c>Answering__WordsWeight=1</c>),
/// meaning only (<c>=0</c>) and the shipped hybrid; nDCG@10 and Recall@100 are compared with Lucene BM25's published
/// figures. Arguments: <c>--data DIR</c> (holding <c>scifact/</c>); <c>--work DIR</c> (default <c>data/bench/scifact</c>,
/// kept: the index folder's embedding cache makes a second run take seconds instead of the model's minutes);
/// <c>--weights 0.2,0.3</c> adds hybrid rows with other words weights (not shipped).
/// </summary>
internal sealed class SciFactBenchmark : IBenchmark
{
    public const int NdcgDepth = 10;
    public const int RecallDepth = 100;

    public string Name => "scifact";

    public string Description => "nDCG@10 and Recall@100 on BEIR SciFact (words, meaning, hybrid) against Lucene BM25's published figures";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var data = new BeirData(Path.Combine(arguments.DataDirectory, "scifact"));
        if (!File.Exists(data.CorpusPath))
        {
            await output.WriteLineAsync($"SciFact is not at {data.CorpusPath}; give --data DIR (the folder holding scifact/).").ConfigureAwait(false);
            return 2;
        }

        using var work = new ScratchFolder(arguments.WorkDirectory ?? Path.Combine(RepositoryLayout.Root, "data", "bench", "scifact"));
        var corpus = work.Combine("corpus");
        Directory.CreateDirectory(corpus);
        var documents = data.WriteBundle(Path.Combine(corpus, "scifact.jsonl"));
        var location = new[] { "--corpus", corpus, "--index", work.Combine("index") };

        var reindex = await BotProcess.RunAsync(["reindex", .. location], string.Empty, cancellationToken).ConfigureAwait(false);
        if (reindex.ExitCode != 0)
        {
            await output.WriteLineAsync($"reindex failed ({reindex.ExitCode}): {reindex.Errors}{reindex.Output}").ConfigureAwait(false);
            return 1;
        }

        var queries = data.ReadQueries();
        var judgements = data.ReadJudgements();
        var shipped = new AnsweringOptions().WordsWeight;
        var systems = new List<(string Name, double? WordsWeight)>
        {
            ("KforBot words only: Lucene BM25 of passages (WordsWeight=1)", 1),
            ("KforBot meaning only: arctic-embed-xs cosine (WordsWeight=0)", 0),
            ($"KforBot hybrid, shipped (WordsWeight={F(shipped, 2)})", null),
        };
        foreach (var weight in arguments.Text("--weights", string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            systems.Add(($"KforBot hybrid, WordsWeight={weight} (not shipped)", double.Parse(weight, CultureInfo.InvariantCulture)));
        }

        var table = new TextTable("system", "nDCG@10", "R@100");
        var searchSeconds = new List<double>();
        foreach (var (name, wordsWeight) in systems)
        {
            var environment = wordsWeight is { } w ? new Dictionary<string, string> { ["Answering__WordsWeight"] = F(w, 3) } : null;
            var run = await SearchAsync(location, queries, environment, cancellationToken).ConfigureAwait(false);
            if (run.Ranking is null)
            {
                await output.WriteLineAsync($"search failed for {name}: {run.Failure}").ConfigureAwait(false);
                return 1;
            }

            searchSeconds.Add(run.Seconds);
            var (ndcg, recall) = RetrievalMetrics.Mean(run.Ranking, judgements, NdcgDepth, RecallDepth);
            table.Add(name, F(ndcg, 3), F(recall, 3));
        }

        AddPublished(table);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"BEIR SciFact test: {documents:N0} documents, {queries.Count} queries; reindex {reindex.Elapsed.TotalSeconds:F1} s (vectors from the cache in {work.Path} when it has them), each search run {string.Join(", ", searchSeconds.Select(s => F(s, 1)))} s (process start included)")).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(table.ToString()).ConfigureAwait(false);
        return 0;
    }

    private static void AddPublished(TextTable table)
    {
        table.Add("Lucene BM25, BEIR paper (Elasticsearch)", "0.665", "-");
        table.Add("Lucene BM25, Anserini flat (title+text one field)", "0.679", "0.925");
        table.Add("Lucene BM25, Anserini multifield", "0.665", "0.908");
        table.Add("arctic-embed-xs alone, published", "0.645", "-");
        table.Add("Goal (hybrid, shipped)", ">= 0.740", ">= 0.950");
    }

    private static async Task<(Dictionary<string, IReadOnlyList<string>>? Ranking, double Seconds, string Failure)> SearchAsync(
        string[] location, List<(string Id, string Text)> queries, Dictionary<string, string>? environment, CancellationToken cancellationToken)
    {
        var search = await BotProcess.RunAsync(
            ["search", "--json", "--batch", "--top", RecallDepth.ToString(CultureInfo.InvariantCulture), .. location],
            string.Concat(queries.Select(q => q.Text.Replace('\n', ' ') + "\n")),
            environment,
            cancellationToken).ConfigureAwait(false);
        var lines = search.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (search.ExitCode != 0 || lines.Length != queries.Count)
        {
            return (null, 0, $"exit code {search.ExitCode}, {lines.Length} of {queries.Count} lines: {search.Errors}");
        }

        var ranking = queries.Zip(lines).ToDictionary(pair => pair.First.Id, pair => (IReadOnlyList<string>)ArticleIds(pair.Second), StringComparer.Ordinal);
        return (ranking, search.Elapsed.TotalSeconds, string.Empty);
    }

    private static List<string> ArticleIds(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("articleId").GetString()!)
            .ToList();
    }

    private static string F(double value, int decimals) => value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}
