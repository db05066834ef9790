using KforBot.Search.Analysis;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Chooses the FTS5 query that proposes candidate passages. A plain OR of every word makes FTS5 score every
/// passage that holds any of them, common words included: at 100,000 stories that is most of the index.
/// Instead, words are taken rarest first while the postings they bring stay within a budget that grows with the
/// number of candidates wanted. A passage with only the common words left out covers little of the question and
/// ranks low anyway; our own ranking still counts every word in the passages it receives. When even the rarest
/// word is over budget, the two rarest groups are required together (an AND, which FTS5 answers by walking
/// postings, without scoring every passage of each).
/// </summary>
internal static class CandidatePlan
{
    /// <summary>Postings we can afford to score per candidate wanted (FTS5 scores about one per microsecond).</summary>
    public const int PostingsPerCandidate = 25;

    /// <summary>The budget never falls below this: small corpora are always searched with every word.</summary>
    public const int MinimumBudget = 2_500;

    /// <param name="groups">The question's term groups.</param>
    /// <param name="passagesWith">How many passages contain a stem.</param>
    /// <param name="limit">How many candidates are wanted.</param>
    /// <returns>The query to run, and one to fall back on when an AND finds nothing (else null); null queries when nothing is searchable.</returns>
    public static (string? Query, string? Fallback) Choose(IReadOnlyList<QueryTermGroup> groups, Func<string, int> passagesWith, int limit)
    {
        var budget = Math.Max(MinimumBudget, (long)PostingsPerCandidate * limit);
        var ranked = groups
            .Select(group => (Group: group, Alternatives: group.Alternatives.Select(a => (Alternative: a, Cost: Cost(a, passagesWith))).OrderBy(a => a.Cost).ToList()))
            .Select(g => (g.Group, g.Alternatives, Size: g.Alternatives.Sum(a => a.Cost)))
            .OrderBy(g => g.Size)
            .ToList();
        if (ranked.Count == 0)
        {
            return (null, null);
        }

        if (ranked[0].Alternatives[0].Cost > budget && ranked.Count > 1)
        {
            var rarest = FtsQueryBuilder.Build([ranked[0].Group]);
            var next = FtsQueryBuilder.Build([ranked[1].Group]);
            return rarest is null || next is null ? (rarest ?? next, null) : ($"({rarest}) AND ({next})", rarest);
        }

        var chosen = new List<TermSequence>();
        long spent = 0;
        foreach (var (_, alternatives, _) in ranked)
        {
            foreach (var (alternative, cost) in alternatives)
            {
                if (chosen.Count == 0 || spent + cost <= budget)
                {
                    chosen.Add(alternative);
                    spent += cost;
                }
            }
        }

        return (FtsQueryBuilder.Build([new QueryTermGroup(string.Empty, chosen, TermKind.Content)]), null);
    }

    /// <summary>What matching an alternative costs: the postings of each of its words (a phrase walks them all).</summary>
    private static long Cost(TermSequence alternative, Func<string, int> passagesWith) =>
        alternative.Terms.Sum(term => (long)passagesWith(term));
}
