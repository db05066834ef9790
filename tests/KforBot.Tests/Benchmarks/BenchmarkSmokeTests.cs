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

    private static string Document(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["_id"] = id, ["title"] = title, ["text"] = text, ["metadata"] = new Dictionary<string, string>() });
}
