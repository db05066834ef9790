using System.Text.Json;
using KforBot.Benchmarks.Scale;
using KforBot.Benchmarks.SciFact;
using KforBot.Tests.Support;

namespace KforBot.Tests.Benchmarks;

/// <summary>Runs each benchmark end to end on data made here, a few articles and queries, so they keep working.</summary>
public sealed class BenchmarkSmokeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task SciFact_TinyCollection_PrintsPerfectScoresForAnObviousRanking()
    {
        _folder.Write("data/scifact/corpus.jsonl", string.Join('\n',
            Document("11", "Vitamin D and bone density", "Vitamin D supplements increase bone mineral density in older adults."),
            Document("22", "Aspirin and heart attacks", "Daily aspirin lowers the risk of a second heart attack."),
            Document("33", "Coffee and sleep", "Evening coffee delays the onset of sleep.")));
        _folder.Write("data/scifact/queries-test.tsv", "1\tVitamin D raises bone density.\n2\tAspirin prevents heart attacks.\n");
        _folder.Write("data/scifact/qrels-test.tsv", "query-id\tcorpus-id\tscore\n1\t11\t1\n2\t22\t1\n");
        using var output = new StringWriter();

        var code = await new SciFactBenchmark().RunAsync(["--data", _folder.Combine("data"), "--work", _folder.Combine("work")], output, CancellationToken.None);

        Assert.True(code == 0, output.ToString());
        Assert.Contains("| KforBot", output.ToString(), StringComparison.Ordinal);
        Assert.Matches(@"\| KforBot [^|]+\| 1\.000 +\| 1\.000 +\|", output.ToString());
    }

    [Fact]
    public async Task Scale_TinyCorpus_PrintsTheTableForEachSize()
    {
        _folder.Write("seed/kfor.md", "---\ntitle: \"KFOR troops\"\noutlet: \"Wire\"\n---\n\nKFOR has about 4,600 troops in Kosovo, from 33 countries.\n");
        _folder.Write("data/reuters21578.jsonl", string.Join('\n',
            """{"id": "1", "date": "26-FEB-1987 15:01:01.79", "title": "BAHIA COCOA REVIEW", "body": "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late."}""",
            """{"id": "2", "date": "26-FEB-1987 15:02:20.00", "title": "", "body": "A story without a title is left out."}""",
            """{"id": "3", "date": "26-FEB-1987 15:03:27.51", "title": "GOLD PRICES RISE", "body": "Gold rose two dollars an ounce in London trading."}"""));
        using var output = new StringWriter();

        var code = await new ScaleBenchmark().RunAsync(
            ["--data", _folder.Combine("data"), "--seed", _folder.Combine("seed"), "--work", _folder.Combine("work"), "--sizes", "seed,5", "--repeats", "1", "--questions", "5"],
            output,
            CancellationToken.None);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Contains("| reindex rate / raw FTS5 rate", text, StringComparison.Ordinal);
        Assert.Contains("| ask p99 (ms)", text, StringComparison.Ordinal);
        Assert.Matches(@"\| articles indexed +\| 1 +\| 6 +\|", text);
    }

    [Fact]
    public async Task IndexStages_TinyCorpus_PrintsEachStage()
    {
        _folder.Write("corpus/kfor.md", "---\ntitle: \"KFOR troops\"\noutlet: \"Wire\"\n---\n\nKFOR has about 4,600 troops in Kosovo, from 33 countries.\n");
        using var output = new StringWriter();

        var code = await new IndexStagesBenchmark().RunAsync(["--corpus", _folder.Combine("corpus"), "--repeats", "1"], output, CancellationToken.None);

        var text = output.ToString();
        Assert.True(code == 0, text);
        Assert.Matches(@"\| read and parse +\| [0-9.]+ +\|", text);
        Assert.Matches(@"\| count stems +\| [0-9.]+ +\|", text);
    }

    private static string Document(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["_id"] = id, ["title"] = title, ["text"] = text, ["metadata"] = new Dictionary<string, string>() });
}
