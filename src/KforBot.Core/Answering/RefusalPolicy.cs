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
            return TooLittleCovered(groups, ranked, articles, gives is null ? null : (gives, EvidenceNeeded.Describe(question)));
        }

        return null;
    }

    /// <summary>
    /// Why the best passage covers too little, in words that are true of the articles: a word no article holds is
    /// named as such; words the articles hold, but never in one passage, are named as apart. When the question needs
    /// evidence (<paramref name="evidence"/>: its test and "a figure" or "a date"), the passages that give it come
    /// first, so the passages that hold every word may be those that don't give it.
    /// </summary>
    private static string TooLittleCovered(
        IReadOnlyList<GroupStatistics> groups, IReadOnlyList<RankedPassage> ranked, string articles, (Func<string, bool> Gives, string What)? evidence)
    {
        var best = ranked[0];
        var covered = Enumerable.Range(0, groups.Count).Where(best.CoveredGroups.Contains).ToList();
        var missing = Enumerable.Range(0, groups.Count).Where(i => !best.CoveredGroups.Contains(i) && groups[i].Group.Kind != TermKind.Framing).ToList();
        if (missing.Count == 0)
        {
            missing = Enumerable.Range(0, groups.Count).Where(i => !best.CoveredGroups.Contains(i)).ToList();
        }

        var unknown = missing.Where(i => !groups[i].IsInCorpus).ToList();
        var apart = missing.Where(i => groups[i].IsInCorpus).ToList();
        if (covered.Count == 0)
        {
            return apart.Count == 0
                ? $"None of {articles} says anything about {Quote(Pick(groups, unknown))}."
                : $"No passage of {articles} speaks closely enough of {Quote(Pick(groups, missing))} to be quoted.";
        }

        if (apart.Count == 0)
        {
            return $"My articles mention {Quote(Pick(groups, covered), "and")}, but none of them mentions {Quote(Pick(groups, unknown))}.";
        }

        var together = covered.Concat(apart).ToList();
        var holdingAll = ranked.Where(passage => together.All(passage.CoveredGroups.Contains)).ToList();
        if (holdingAll.Count > 0)
        {
            return evidence is { } needed && unknown.Count == 0 && holdingAll.All(passage => !needed.Gives(passage.Candidate.Text))
                ? $"My articles speak of {Quote(Pick(groups, together), "and")} together only in passages that don't give {needed.What}."
                : $"The passage that comes closest mentions {Quote(Pick(groups, covered), "and")} but not {Quote(Pick(groups, missing))}.";
        }

        var absent = unknown.Count == 0 ? string.Empty : $", and none of them mentions {Quote(Pick(groups, unknown))}";
        return $"My articles mention {Quote(Pick(groups, together), "and")}, but no passage speaks of them together{absent}.";
    }

    private static List<GroupStatistics> Pick(IReadOnlyList<GroupStatistics> groups, IEnumerable<int> indexes) => indexes.Select(i => groups[i]).ToList();

    private static string Quote(IReadOnlyList<GroupStatistics> groups, string conjunction = "or")
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
            2 => $"{shown[0]} {conjunction} {shown[1]}",
            _ => string.Join(", ", shown[..^1]) + $" {conjunction} " + shown[^1],
        };
    }
}
