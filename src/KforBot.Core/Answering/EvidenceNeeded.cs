using KforBot.Search.Analysis;
using KforBot.Search.Ranking;

namespace KforBot.Answering;

/// <summary>
/// What a passage must give to answer some questions at all: a figure for "how many / how much", a date for
/// "when". Such passages come first, and when none gives it the bot refuses rather than quote one that doesn't.
/// </summary>
public static class EvidenceNeeded
{
    /// <summary>The test a passage's text must pass, or null when any passage may answer.</summary>
    public static Func<string, bool>? For(AnalyzedQuestion question) =>
        question.AsksForFigure ? (question.AsksForDuration ? Figures.Any : Figures.AnyCount)
        : question.AsksForDate ? Figures.AnyDate
        : null;

    /// <summary>What the evidence is, for a refusal: "a figure", "a date".</summary>
    public static string Describe(AnalyzedQuestion question) => question.AsksForFigure ? "a figure" : "a date";

    /// <summary>The passages that give the evidence first (each part still best first), then the rest.</summary>
    public static List<RankedPassage> PutFirst(IReadOnlyList<RankedPassage> ranked, Func<string, bool>? gives)
    {
        if (gives is null)
        {
            return [.. ranked];
        }

        // Each passage is tested once: the test runs regular expressions over its whole text.
        var giving = new List<RankedPassage>(ranked.Count);
        var rest = new List<RankedPassage>();
        foreach (var passage in ranked)
        {
            (gives(passage.Candidate.Text) ? giving : rest).Add(passage);
        }

        giving.AddRange(rest);
        return giving;
    }
}
