namespace KforBot.Search.Ranking;

/// <summary>A candidate passage after our ranking.</summary>
/// <param name="Candidate">The passage as the index returned it.</param>
/// <param name="Score">Our relevance score (BM25 over term groups, times coverage).</param>
/// <param name="Coverage">The weighted share of the question's groups the passage (or its title) contains, 0..1.</param>
/// <param name="CoveredGroups">Indexes of the groups it contains.</param>
/// <param name="Highlights">Where matched words stand in the passage text, for emphasis.</param>
public sealed record RankedPassage(
    PassageCandidate Candidate,
    double Score,
    double Coverage,
    IReadOnlySet<int> CoveredGroups,
    IReadOnlyList<TextSpan> Highlights);

/// <summary>A stretch of text: start index and length in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length);
