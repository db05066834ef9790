using KforBot.Search.Analysis;

namespace KforBot.Search.Ranking;

/// <summary>How common a question's term group is in the index, and so how much it weighs.</summary>
/// <param name="Group">The group.</param>
/// <param name="PassageCount">Passages containing any alternative (0: no article mentions it).</param>
/// <param name="Idf">BM25 inverse document frequency.</param>
/// <param name="Weight">What covering the group is worth: the idf, less for framing words.</param>
public sealed record GroupStatistics(QueryTermGroup Group, int PassageCount, double Idf, double Weight)
{
    public bool IsInCorpus => PassageCount > 0;
}
