using KforBot.Search.Analysis;

namespace KforBot.Search.Ranking;

/// <summary>
/// Ranks candidate passages with BM25 computed over term groups (a word and its synonyms count as one
/// term, so a synonym-rich word does not outweigh the rest), multiplied by coverage: the weighted share
/// of the question's groups that the passage contains. Title and heading matches count, with less weight.
/// </summary>
public static class PassageRanker
{
    private const double K1 = 1.2;
    private const double B = 0.75;
    private const double TitleFrequency = 0.5;
    private const double HeadingFrequency = 0.75;
    private const double FramingWeight = 0.3;
    private const double MaxFramingWeight = 0.5;

    // Names and figures are what a question is about: covering them matters more than covering common words.
    private const double NameWeight = 1.5;

    // A group found only in the article's title or the section heading is covered, but less surely than in the text.
    private const double TitleOnlyCoverage = 0.5;
    private const double HeadingOnlyCoverage = 0.75;

    // For "how many" questions a passage that gives a figure (for "when" questions, a date) is the likelier answer; for "what is X" the
    // passage where an article first mentions X usually introduces it.
    private const double FigureBoost = 1.25;
    private const double FirstMentionBoost = 1.3;

    public static async Task<IReadOnlyList<GroupStatistics>> MeasureAsync(
        IPassageIndexReader reader, IReadOnlyList<QueryTermGroup> groups, CancellationToken cancellationToken)
    {
        var total = Math.Max(1, reader.Summary.PassageCount);
        var statistics = new List<GroupStatistics>(groups.Count);
        foreach (var group in groups)
        {
            var count = 0;
            foreach (var alternative in group.Alternatives)
            {
                count = Math.Max(count, await reader.CountPassagesContainingAsync(alternative, cancellationToken).ConfigureAwait(false));
            }

            var idf = Math.Log(1 + ((total - count + 0.5) / (count + 0.5)));
            var weight = group.Kind switch
            {
                TermKind.Framing => Math.Min(MaxFramingWeight, idf * FramingWeight),
                TermKind.Name or TermKind.Number => idf * NameWeight,
                _ => idf,
            };
            statistics.Add(new GroupStatistics(group, count, idf, weight));
        }

        return statistics;
    }

    public static List<RankedPassage> Rank(
        IReadOnlyList<PassageCandidate> candidates,
        IReadOnlyList<GroupStatistics> groups,
        Func<string, string?> titleOf,
        double averageWords,
        AnalyzedQuestion? question = null)
    {
        var totalWeight = groups.Sum(g => g.Weight);
        var ranked = new List<RankedPassage>(candidates.Count);
        var matcher = new GroupMatcher(groups);
        var titleCounts = new Dictionary<string, int[]>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var text = PassageWords.Of(candidate.Text);
            if (!titleCounts.TryGetValue(candidate.ArticleId, out var inTitleCounts))
            {
                inTitleCounts = matcher.Count(PassageWords.Of(titleOf(candidate.ArticleId) ?? string.Empty), null);
                titleCounts[candidate.ArticleId] = inTitleCounts;
            }

            var inHeadingCounts = candidate.Heading is null ? new int[groups.Count] : matcher.Count(PassageWords.Of(candidate.Heading), null);

            var lengthNorm = 1 - B + (B * text.Length / Math.Max(1.0, averageWords));
            var covered = new HashSet<int>();
            var highlights = new List<TextSpan>();
            var inTextCounts = matcher.Count(text, highlights);
            double score = 0, coveredWeight = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                var inText = inTextCounts[g];
                var inHeading = inHeadingCounts[g] > 0;
                var inTitle = inTitleCounts[g] > 0;
                var frequency = inText + (inHeading ? HeadingFrequency : 0) + (inTitle ? TitleFrequency : 0);
                if (frequency <= 0)
                {
                    continue;
                }

                covered.Add(g);
                coveredWeight += groups[g].Weight * (inText > 0 ? 1 : inHeading ? HeadingOnlyCoverage : TitleOnlyCoverage);
                score += groups[g].Weight * frequency * (K1 + 1) / (frequency + (K1 * lengthNorm));
            }

            var coverage = totalWeight > 0 ? coveredWeight / totalWeight : 0;
            if ((question?.AsksForFigure == true && Figures.Any(candidate.Text)) || (question?.AsksForDate == true && Figures.AnyDate(candidate.Text)))
            {
                score *= FigureBoost;
            }

            highlights.Sort((x, y) => x.Start.CompareTo(y.Start));
            ranked.Add(new RankedPassage(candidate, score * coverage, coverage, covered, MergeOverlaps(highlights)));
        }

        if (question?.AsksForDefinition == true)
        {
            BoostFirstMentions(ranked);
        }

        ranked.Sort((x, y) => y.Score.CompareTo(x.Score));
        return ranked;
    }

    /// <summary>Boosts, in each article, the earliest candidate passage that covers what the others cover.</summary>
    private static void BoostFirstMentions(List<RankedPassage> ranked)
    {
        foreach (var article in ranked.GroupBy(p => p.Candidate.ArticleId))
        {
            var mostCovered = article.Max(p => p.CoveredGroups.Count);
            var first = article.Where(p => p.CoveredGroups.Count == mostCovered && p.Highlights.Count > 0).MinBy(p => p.Candidate.Position);
            if (first is not null)
            {
                ranked[ranked.IndexOf(first)] = first with { Score = first.Score * FirstMentionBoost };
            }
        }
    }

    private static List<TextSpan> MergeOverlaps(List<TextSpan> spans)
    {
        var merged = new List<TextSpan>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Start <= merged[^1].Start + merged[^1].Length)
            {
                var last = merged[^1];
                merged[^1] = new TextSpan(last.Start, Math.Max(last.Start + last.Length, span.Start + span.Length) - last.Start);
            }
            else
            {
                merged.Add(span);
            }
        }

        return merged;
    }
}
