using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Answering;

/// <summary>
/// What a passage must give to answer some questions at all: a figure for "how many / how much", a date for
/// "when". Such passages rank higher, and a best passage without it weighs towards a refusal.
/// </summary>
internal static class EvidenceNeeded
{
    /// <summary>The test a passage's text must pass, or null when any passage may answer.</summary>
    public static Func<string, bool>? For(Question question) =>
        question.AsksForFigure ? (question.AsksForDuration ? Figures.Any : Figures.AnyCount)
        : question.AsksForDate ? Figures.AnyDate
        : null;

    /// <summary>What the evidence is, for a refusal: "a figure", "a date".</summary>
    public static string Describe(Question question) => question.AsksForFigure ? "a figure" : "a date";
}
