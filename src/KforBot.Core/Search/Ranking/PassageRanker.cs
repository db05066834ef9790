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
            var weight = group.Kind == TermKind.Framing ? idf * FramingWeight : idf;
            statistics.Add(new GroupStatistics(group, count, idf, weight));
        }

        return statistics;
    }

    public static List<RankedPassage> Rank(
        IReadOnlyList<PassageCandidate> candidates,
        IReadOnlyList<GroupStatistics> groups,
        Func<string, string?> titleOf,
        double averageWords)
    {
        var totalWeight = groups.Sum(g => g.Weight);
        var ranked = new List<RankedPassage>(candidates.Count);
        var titleTerms = new Dictionary<string, List<Token>>(StringComparer.Ordinal);
        foreach (var candidate in candidates)
        {
            var text = TextTokenizer.Tokenize(candidate.Text);
            var heading = candidate.Heading is null ? [] : TextTokenizer.Tokenize(candidate.Heading);
            if (!titleTerms.TryGetValue(candidate.ArticleId, out var title))
            {
                title = TextTokenizer.Tokenize(titleOf(candidate.ArticleId) ?? string.Empty);
                titleTerms[candidate.ArticleId] = title;
            }

            var lengthNorm = 1 - B + (B * text.Count / Math.Max(1.0, averageWords));
            var covered = new HashSet<int>();
            var highlights = new List<TextSpan>();
            double score = 0, coveredWeight = 0;
            for (var g = 0; g < groups.Count; g++)
            {
                var inText = Occurrences(text, groups[g].Group, highlights);
                var frequency = inText
                    + (Occurrences(heading, groups[g].Group, null) > 0 ? HeadingFrequency : 0)
                    + (Occurrences(title, groups[g].Group, null) > 0 ? TitleFrequency : 0);
                if (frequency <= 0)
                {
                    continue;
                }

                covered.Add(g);
                coveredWeight += groups[g].Weight;
                score += groups[g].Weight * frequency * (K1 + 1) / (frequency + (K1 * lengthNorm));
            }

            var coverage = totalWeight > 0 ? coveredWeight / totalWeight : 0;
            highlights.Sort((x, y) => x.Start.CompareTo(y.Start));
            ranked.Add(new RankedPassage(candidate, score * coverage, coverage, covered, highlights));
        }

        ranked.Sort((x, y) => y.Score.CompareTo(x.Score));
        return ranked;
    }

    /// <summary>Counts occurrences of any alternative of the group; records where they stand when asked.</summary>
    private static int Occurrences(List<Token> tokens, QueryTermGroup group, List<TextSpan>? spans)
    {
        var count = 0;
        for (var i = 0; i < tokens.Count; i++)
        {
            foreach (var alternative in group.Alternatives)
            {
                var terms = alternative.Terms;
                if (i + terms.Count > tokens.Count || !Matches(tokens, i, terms))
                {
                    continue;
                }

                count++;
                var last = tokens[i + terms.Count - 1];
                spans?.Add(new TextSpan(tokens[i].Start, last.Start + last.Length - tokens[i].Start));
                break;
            }
        }

        return count;
    }

    private static bool Matches(List<Token> tokens, int start, IReadOnlyList<string> terms)
    {
        for (var j = 0; j < terms.Count; j++)
        {
            if (!string.Equals(tokens[start + j].Term, terms[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
