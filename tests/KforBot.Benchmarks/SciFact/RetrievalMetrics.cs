namespace KforBot.Benchmarks.SciFact;

/// <summary>
/// The two figures BEIR reports, computed as trec_eval does: nDCG@k with the judged relevance as gain and
/// log2(rank + 1) discount, and Recall@k, the share of a query's relevant documents found in its first k.
/// </summary>
internal static class RetrievalMetrics
{
    public static double NdcgAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        var dcg = 0.0;
        for (var i = 0; i < Math.Min(k, ranked.Count); i++)
        {
            dcg += judged.GetValueOrDefault(ranked[i]) / Math.Log2(i + 2);
        }

        var ideal = judged.Values.Where(g => g > 0).OrderDescending().Take(k).Select((gain, i) => gain / Math.Log2(i + 2)).Sum();
        return ideal > 0 ? dcg / ideal : 0;
    }

    public static double RecallAt(int k, IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judged)
    {
        var relevant = judged.Count(pair => pair.Value > 0);
        return relevant == 0 ? 0 : ranked.Take(k).Distinct(StringComparer.Ordinal).Count(id => judged.GetValueOrDefault(id) > 0) / (double)relevant;
    }

    /// <summary>The mean over every judged query; a query the run does not answer counts as 0.</summary>
    public static (double Ndcg, double Recall) Mean(
        IReadOnlyDictionary<string, IReadOnlyList<string>> run,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> judgements,
        int ndcgDepth,
        int recallDepth)
    {
        double ndcg = 0, recall = 0;
        foreach (var (query, judged) in judgements)
        {
            var ranked = run.GetValueOrDefault(query) ?? [];
            ndcg += NdcgAt(ndcgDepth, ranked, judged);
            recall += RecallAt(recallDepth, ranked, judged);
        }

        var count = Math.Max(1, judgements.Count);
        return (ndcg / count, recall / count);
    }
}
