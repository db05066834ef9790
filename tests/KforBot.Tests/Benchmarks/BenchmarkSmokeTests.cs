using System.Text.Json;
using KforBot.Benchmarks.Answerability;
using KforBot.Benchmarks.Scale;
using KforBot.Benchmarks.SciFact;
using KforBot.Tests.Support;

namespace KforBot.Tests.Benchmarks;

/// <summary>Runs each benchmark end to end on data made here, a few articles and queries, so they keep working.</summary>
public sealed class BenchmarkSmokeTests : FolderTest
{
    private const string KforArticle = "---\ntitle: \"KFOR troops\"\noutlet: \"Wire\"\n---\n\nKFOR has about 4,600 troops in Kosovo, from 33 countries.\n";

    [Fact]
    public async Task SciFact_TinyCollection_PrintsPerfectScoresForAnObviousRanking()
    {
        Folder.Write("data/scifact/corpus.jsonl", string.Join('\n',
            Document("11", "Vitamin D and bone density", "Vitamin D supplements increase bone mineral density in older adults."),
            Document("22", "Aspirin and heart attacks", "Daily aspirin lowers the risk of a second heart attack."),
            Document("33", "Coffee and sleep", "Evening coffee delays the onset of sleep.")));
        Folder.Write("data/scifact/queries-test.tsv", "1\tVitamin D raises bone density.\n2\tAspirin prevents heart attacks.\n");
        Folder.Write("data/scifact/qrels-test.tsv", "query-id\tcorpus-id\tscore\n1\t11\t1\n2\t22\t1\n");
        var text = await RunSucceedingAsync(new SciFactBenchmark(), ["--data", Folder.Combine("data"), "--work", Folder.Combine("work")]);
        Assert.Matches(@"\| KforBot words only[^|]+\| 1\.000 +\| 1\.000 +\|", text);
        Assert.Matches(@"\| KforBot hybrid, shipped[^|]+\| 1\.000 +\| 1\.000 +\|", text);
        Assert.Contains("| KforBot meaning only", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("--runs", "two")]
    public async Task Seed_MistypedArguments_ThrowsAUsageErrorNamingThem(params string[] args)
    {
        var error = await Assert.ThrowsAsync<KforBot.Benchmarks.Support.BenchmarkUsageException>(
            () => new SeedBenchmark().RunAsync(args, TextWriter.Null, CancellationToken.None));

        Assert.Contains(args[^1], error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_TinyCorpus_PrintsEverySpeedGoal()
    {
        Folder.Write("seed/kfor.md", KforArticle);
        var text = await RunSucceedingAsync(new SeedBenchmark(), ["--seed", Folder.Combine("seed"), "--work", Folder.Combine("work"), "--runs", "1", "--questions", "3"]);
        Assert.Contains("Indexed 1 articles (1 passages)", text, StringComparison.Ordinal);
        Assert.Matches(@"\| reindex when no passage changed[^|]+\| [0-9.]+ +\|", text);
        Assert.Matches(@"\| answer p99[^|]+\| [0-9.]+ +\|", text);
        Assert.Matches(@"\| questions/s through ask --json --batch +\| [0-9.]+ +\|", text);
    }

    [Fact]
    public async Task QueryAdapter_OnePassage_FindsItForEveryGeneratedQuestionAndScoresEachQuestionFile()
    {
        Folder.Write("seed/kfor.md", KforArticle);
        var text = await RunSucceedingAsync(new QueryAdapterCommand(), ["--corpus", Folder.Combine("seed"), "--steps", "3"]);
        Assert.Matches(@"\d+ generated answerable questions over 1 passages", text);
        Assert.Contains("generated, identity: hit@1 1.000, hit@3 1.000; fitted in sample: hit@1 1.000", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^dev2-questions\.jsonl meaning alone: identity hit@1 0\.\d{3}, hit@3 0\.\d{3}; fitted hit@1 0\.\d{3}", text);
        Assert.Matches(@"passages moved 0\.5 towards their questions: hit@1 0\.\d{3}", text);
    }

    [Fact]
    public async Task NearestWords_TinyCorpus_PrintsEachProbesNearestWordsAndTheSpread()
    {
        Folder.Write("seed/kfor.md", KforArticle);
        var text = await RunSucceedingAsync(new NearestWordsCommand(), ["--corpus", Folder.Combine("seed"), "--words", "soldiers,weather"]);
        Assert.Contains("distinct words embedded one at a time", text, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^soldiers +troops 0\.\d\d", text);
        Assert.Matches(@"(?m)^weather +\p{L}+ 0\.\d\d", text);
        Assert.Matches(@"median 0\.\d\d, 99th percentile 0\.\d\d, highest 0\.\d\d", text);
    }

    [Fact]
    public async Task Scale_TinyCorpus_PrintsTheTableWithSyntheticVectors()
    {
        Folder.Write("seed/kfor.md", KforArticle);
        Folder.Write("data/reuters21578.jsonl", string.Join('\n',
            """{"id": "1", "date": "26-FEB-1987 15:01:01.79", "title": "BAHIA COCOA REVIEW", "body": "Showers continued throughout the week in\nthe Bahia cocoa zone.\n    The dry period means the temporao will be late."}""",
            """{"id": "2", "date": "26-FEB-1987 15:02:20.00", "title": "", "body": "A story without a title is left out."}""",
            """{"id": "3", "date": "26-FEB-1987 15:03:27.51", "title": "GOLD PRICES RISE", "body": "Gold rose two dollars an ounce in London trading."}"""));
        var text = await RunSucceedingAsync(
            new ScaleBenchmark(),
            ["--data", Folder.Combine("data"), "--seed", Folder.Combine("seed"), "--work", Folder.Combine("work"), "--stories", "5", "--runs", "1", "--questions", "3", "--sample", "2"]);
        Assert.Matches(@"\| articles indexed \(seed \+ Reuters\) +\| 6 +\|", text);
        Assert.Matches(@"\| reindex rate / bare Lucene rate +\| [0-9.]+ +\| >= 0\.70 +\|", text);
        Assert.Matches(@"\| answer p99 \(ms, real question embedding\) +\| [0-9.]+ +\|", text);
        Assert.Contains("Synthetic vectors", text, StringComparison.Ordinal);
        Assert.Matches(@"Model \([^)]+\): [0-9.]+ passages/s", text);
    }

    [Fact]
    public async Task IndexStages_TinyCorpus_PrintsEachStage()
    {
        Folder.Write("corpus/kfor.md", KforArticle);
        var text = await RunSucceedingAsync(new IndexStagesBenchmark(), ["--corpus", Folder.Combine("corpus"), "--work", Folder.Combine("work")]);
        Assert.Matches(@"\| Lucene writer[^|]+\| [0-9.]+ +\| [0-9.]+ +\|", text);
        Assert.Matches(@"\| bare Lucene.Net[^|]+\| [0-9.]+ +\| [0-9.]+ +\|", text);
    }

    [Fact]
    public async Task VectorSearch_FewVectors_PrintsEachWayWithItsTimesAndAgreement()
    {
        var text = await RunSucceedingAsync(new KforBot.Benchmarks.VectorSearchBenchmark(), ["--passages", "300", "--queries", "3"]);
        Assert.Matches(@"exact float scan, 1 thread +median +[0-9.]+ ms", text);
        Assert.Matches(@"byte scan \+ exact rescoring, 1 thread +median +[0-9.]+ ms, slowest +[0-9.]+ ms, top 100 as the exact scan's: 100\.0 ?%", text);
        Assert.Contains("synthetic unit vectors", text, StringComparison.Ordinal);
    }

    [Fact]
    public void SyntheticVectors_SameText_SameUnitVector()
    {
        var first = SyntheticPassageEncoder.UnitVector("KFOR has about 4,600 troops.", 384);

        Assert.Equal(first, SyntheticPassageEncoder.UnitVector("KFOR has about 4,600 troops.", 384));
        Assert.NotEqual(first, SyntheticPassageEncoder.UnitVector("KFOR has about 4,700 troops.", 384));
        Assert.Equal(1.0, Math.Sqrt(first.Sum(x => (double)x * x)), precision: 5);
    }

    /// <summary>Runs a benchmark and returns what it printed, failing with that text unless it exited 0.</summary>
    private static async Task<string> RunSucceedingAsync(KforBot.Benchmarks.IBenchmark benchmark, string[] args)
    {
        using var output = new StringWriter();
        var code = await benchmark.RunAsync(args, output, CancellationToken.None);
        var text = output.ToString();
        Assert.True(code == 0, text);
        return text;
    }

    private static string Document(string id, string title, string text) =>
        JsonSerializer.Serialize(new Dictionary<string, object> { ["_id"] = id, ["title"] = title, ["text"] = text, ["metadata"] = new Dictionary<string, string>() });
}
