using KforBot.Benchmarks.SciFact;

namespace KforBot.Tests.Benchmarks;

public sealed class RetrievalMetricsTests
{
    // Ranked d3, d1, d5, d2; judged d1 = 1, d2 = 2, d4 = 1 (d4 never retrieved).
    private static readonly string[] Ranked = ["d3", "d1", "d5", "d2"];
    private static readonly Dictionary<string, int> Judged = new() { ["d1"] = 1, ["d2"] = 2, ["d4"] = 1 };

    [Fact]
    public void NdcgAt_HandComputedExample_MatchesByHand()
    {
        // DCG@3 = 0/log2(2) + 1/log2(3) + 0/log2(4) = 0.63093; ideal gains 2, 1, 1: 2/1 + 1/log2(3) + 1/log2(4) = 3.13093.
        Assert.Equal(0.63093 / 3.13093, RetrievalMetrics.NdcgAt(3, Ranked, Judged), precision: 4);

        // DCG@10 adds d2 at rank 4: 2/log2(5) = 0.86135, so 1.49228 / 3.13093.
        Assert.Equal(1.49228 / 3.13093, RetrievalMetrics.NdcgAt(10, Ranked, Judged), precision: 4);
    }

    [Fact]
    public void RecallAt_HandComputedExample_CountsRelevantFoundAmongAllRelevant()
    {
        Assert.Equal(1 / 3.0, RetrievalMetrics.RecallAt(3, Ranked, Judged), precision: 9);
        Assert.Equal(2 / 3.0, RetrievalMetrics.RecallAt(100, Ranked, Judged), precision: 9);
    }

    [Fact]
    public void Mean_QueryTheRunDidNotAnswer_CountsAsZero()
    {
        var run = new Dictionary<string, IReadOnlyList<string>> { ["q1"] = ["d1"] };
        var judgements = new Dictionary<string, IReadOnlyDictionary<string, int>>
        {
            ["q1"] = new Dictionary<string, int> { ["d1"] = 1 },
            ["q2"] = new Dictionary<string, int> { ["d9"] = 1 },
        };

        var (ndcg, recall) = RetrievalMetrics.Mean(run, judgements, 10, 100);

        Assert.Equal((0.5, 0.5), (ndcg, recall));
    }
}
