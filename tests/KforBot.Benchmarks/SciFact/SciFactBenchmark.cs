using System.Globalization;
using System.Text.Json;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.SciFact;

/// <summary>
/// Ranking quality on BEIR SciFact (test split): the corpus becomes a bundle, the bot indexes it and answers the
/// 300 queries with <c>search --json --batch --top 100</c>, and nDCG@10 and Recall@100 are compared with
/// Lucene BM25's published figures. Arguments: <c>--data DIR</c> (holding <c>scifact/</c>), <c>--work DIR</c>.
/// </summary>
internal sealed class SciFactBenchmark : IBenchmark
{
    public const int NdcgDepth = 10;
    public const int RecallDepth = 100;

    public string Name => "scifact";

    public string Description => "nDCG@10 and Recall@100 on BEIR SciFact against Lucene BM25's published figures";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var data = new BeirData(Path.Combine(arguments.DataDirectory, "scifact"));
        if (!File.Exists(data.CorpusPath))
        {
            await output.WriteLineAsync($"SciFact is not at {data.CorpusPath}; give --data DIR (the folder holding scifact/).").ConfigureAwait(false);
            return 2;
        }

        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var corpus = scratch.Combine("scifact-corpus");
        Directory.CreateDirectory(corpus);
        var documents = data.WriteBundle(Path.Combine(corpus, "scifact.jsonl"));
        var location = new[] { "--corpus", corpus, "--index", scratch.Combine("scifact.db") };

        var reindex = await BotProcess.RunAsync(["reindex", .. location], string.Empty, cancellationToken).ConfigureAwait(false);
        if (reindex.ExitCode != 0)
        {
            await output.WriteLineAsync($"reindex failed ({reindex.ExitCode}): {reindex.Errors}{reindex.Output}").ConfigureAwait(false);
            return 1;
        }

        var queries = data.ReadQueries();
        var search = await BotProcess.RunAsync(
            ["search", "--json", "--batch", "--top", RecallDepth.ToString(CultureInfo.InvariantCulture), .. location],
            string.Concat(queries.Select(q => q.Text.Replace('\n', ' ') + "\n")),
            cancellationToken).ConfigureAwait(false);
        var lines = search.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        if (search.ExitCode != 0 || lines.Length != queries.Count)
        {
            await output.WriteLineAsync($"search failed ({search.ExitCode}, {lines.Length} of {queries.Count} lines): {search.Errors}").ConfigureAwait(false);
            return 1;
        }

        var run = queries.Zip(lines).ToDictionary(pair => pair.First.Id, pair => (IReadOnlyList<string>)ArticleIds(pair.Second), StringComparer.Ordinal);
        var (ndcg, recall) = RetrievalMetrics.Mean(run, data.ReadJudgements(), NdcgDepth, RecallDepth);

        await output.WriteLineAsync($"BEIR SciFact test: {documents:N0} documents, {queries.Count} queries; indexed in {reindex.Elapsed.TotalSeconds:F1} s, searched in {search.Elapsed.TotalSeconds:F1} s (process start included)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(Table(ndcg, recall).ToString()).ConfigureAwait(false);
        return 0;
    }

    public static TextTable Table(double ndcg, double recall)
    {
        var table = new TextTable("system", "nDCG@10", "R@100");
        table.Add("KforBot (FTS5 BM25 of the article + group BM25 x coverage of its passages)", F(ndcg), F(recall));
        table.Add("Lucene BM25, BEIR paper (Elasticsearch)", "0.665", "-");
        table.Add("Lucene BM25, Anserini flat (title+text one field)", "0.679", "0.925");
        table.Add("Lucene BM25, Anserini multifield", "0.665", "0.908");
        table.Add("Goal", ">= 0.700", ">= 0.930");
        return table;
    }

    private static List<string> ArticleIds(string line)
    {
        using var document = JsonDocument.Parse(line);
        return document.RootElement.GetProperty("results").EnumerateArray()
            .Select(result => result.GetProperty("articleId").GetString()!)
            .ToList();
    }

    private static string F(double value) => value.ToString("F3", CultureInfo.InvariantCulture);
}
