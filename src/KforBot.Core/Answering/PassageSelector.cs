using KforBot.Answering.Ranking;

namespace KforBot.Answering;

/// <summary>
/// Orders the passages worth showing: best first, preferring a new article when two passages are close,
/// and, for a question about a figure, making sure a passage that gives a different figure is not hidden.
/// </summary>
internal static class PassageSelector
{
    /// <summary>How many passages "More sources" can page through, at most.</summary>
    public const int MaxOrdered = 12;

    /// <param name="ranked">Passages ranked best first.</param>
    /// <param name="options">Selection settings.</param>
    /// <param name="asksForFigure">Whether the question asks for a figure.</param>
    /// <param name="evidence">The evidence the question needs (a figure, a date): passages giving it come first.</param>
    /// <returns>The passages worth showing in order, and whether sources disagree on a figure.</returns>
    public static (List<RankedPassage> Ordered, bool FiguresDiffer) Order(
        IReadOnlyList<RankedPassage> ranked, AnsweringOptions options, bool asksForFigure, EvidenceNeeded? evidence = null)
    {
        if (ranked.Count == 0)
        {
            return ([], false);
        }

        var best = ranked[0];
        var pool = ranked.Where(p => p.Score >= best.Score * options.MinRelativeScore).ToList();
        var ordered = new List<RankedPassage>();
        var articles = new HashSet<string>(StringComparer.Ordinal);
        while (pool.Count > 0 && ordered.Count < MaxOrdered)
        {
            var candidates = evidence is not null && pool.Any(p => evidence.IsGivenBy(p.Passage.Text)) ? pool.Where(p => evidence.IsGivenBy(p.Passage.Text)) : pool;
            var next = candidates.MaxBy(p => p.Score * (articles.Contains(p.Passage.ArticleId) ? options.SameArticleFactor : 1.0))!;
            pool.Remove(next);
            ordered.Add(next);
            articles.Add(next.Passage.ArticleId);
        }

        var figuresDiffer = asksForFigure && BringDifferentFigureForward(ordered, options.MaxPassages);
        return (ordered, figuresDiffer);
    }

    /// <summary>
    /// When another article gives a figure the best passage does not, and covers the question about as well,
    /// it is moved into the first page so the disagreement is shown rather than hidden.
    /// </summary>
    private static bool BringDifferentFigureForward(List<RankedPassage> ordered, int pageSize)
    {
        var best = ordered[0];
        var bestFigures = Figures.In(best.Passage.Text);
        if (bestFigures.Count == 0)
        {
            return false;
        }

        var index = ordered.FindIndex(1, p =>
            p.Passage.ArticleId != best.Passage.ArticleId
            && p.Score >= best.Score * 0.8
            && Figures.In(p.Passage.Text) is { Count: > 0 } figures
            && !figures.Overlaps(bestFigures));
        if (index < 0)
        {
            return false;
        }

        if (index >= pageSize)
        {
            var passage = ordered[index];
            ordered.RemoveAt(index);
            ordered.Insert(Math.Max(1, pageSize - 1), passage);
        }

        return true;
    }
}
