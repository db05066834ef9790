using KforBot.Search.Analysis;
using KforBot.Search.Ranking;

namespace KforBot.Answering;

/// <summary>
/// Decides when the sources do not support an answer, and says why in plain words. The bot refuses when
/// a word of the question that names its subject (a name, a figure, a content word) appears in no article,
/// or when the best passage contains too small a share of what was asked (weighted by how rare each word is,
/// so matching only generic words like "Kosovo" or "NATO" is not enough).
/// </summary>
public static class RefusalPolicy
{
    private const int MaxNamedTerms = 4;

    /// <returns>The reason for refusing, or null when the best passage supports an answer.</returns>
    public static string? Decide(
        AnalyzedQuestion question,
        IReadOnlyList<GroupStatistics> groups,
        IReadOnlyList<RankedPassage> ranked,
        int articleCount,
        double minCoverage)
    {
        if (!question.HasSearchableTerms)
        {
            return "There is nothing in your message I can look up in my articles.";
        }

        if (groups.All(g => g.Group.Kind is TermKind.Number or TermKind.Framing))
        {
            return "Your message has only figures and no words I can look up; ask about KFOR in words.";
        }

        var articles = articleCount == 1 ? "my only article" : $"my {articleCount} articles";
        // A name or a figure no article mentions cannot be answered around; neither can the thing a
        // "how many" question counts. Other absent words weigh in the coverage test below.
        var absent = groups
            .Where(g => !g.IsInCorpus && g.Group.Kind != TermKind.Framing)
            .Where(g => g.Group.Kind is TermKind.Name or TermKind.Number || question.AsksForFigure)
            .ToList();
        if (absent.Count > 0)
        {
            return $"None of {articles} mentions {Quote(absent)}.";
        }

        if (ranked.Count == 0)
        {
            return $"None of {articles} contains {Quote(groups)}.";
        }

        // A "how many" question is answered only by a passage that gives a figure, a "when" question by one
        // that gives a date: the ranked list has those first.
        var gives = EvidenceNeeded.For(question);
        var best = ranked[0];
        if (gives is not null && !gives(best.Candidate.Text))
        {
            var subject = groups.Where(g => g.Group.Kind != TermKind.Framing).ToList();
            return $"None of the passages of {articles} about {Quote(subject.Count > 0 ? subject : groups)} gives {EvidenceNeeded.Describe(question)} for what you ask.";
        }

        if (best.Coverage < minCoverage)
        {
            var covered = groups.Where((_, i) => best.CoveredGroups.Contains(i)).ToList();
            var missing = groups.Where((_, i) => !best.CoveredGroups.Contains(i) && groups[i].Group.Kind != TermKind.Framing).ToList();
            if (missing.Count == 0)
            {
                missing = groups.Where((_, i) => !best.CoveredGroups.Contains(i)).ToList();
            }

            return covered.Count == 0
                ? $"None of {articles} says anything about {Quote(missing)}."
                : $"My articles mention {Quote(covered)}, but no passage also speaks of {Quote(missing)}.";
        }

        return null;
    }

    private static string Quote(IReadOnlyList<GroupStatistics> groups)
    {
        var labels = groups.Select(g => $"“{g.Group.Label}”").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var shown = labels.Take(MaxNamedTerms).ToList();
        if (labels.Count > MaxNamedTerms)
        {
            shown.Add($"{labels.Count - MaxNamedTerms} more");
        }

        return shown.Count switch
        {
            1 => shown[0],
            2 => $"{shown[0]} or {shown[1]}",
            _ => string.Join(", ", shown[..^1]) + " or " + shown[^1],
        };
    }
}
