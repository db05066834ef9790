using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Answering;

/// <summary>
/// What a passage must give to answer some questions at all: a figure for "how many / how much", a date for
/// "when". Such passages rank higher, and a best passage without it weighs towards a refusal.
/// </summary>
internal sealed class EvidenceNeeded
{
    private static readonly EvidenceNeeded Duration = new(EvidenceKind.Figure, Figures.Any);
    private static readonly EvidenceNeeded Count = new(EvidenceKind.Figure, Figures.AnyCount);
    private static readonly EvidenceNeeded Date = new(EvidenceKind.Date, Figures.AnyDate);

    private readonly Func<string, bool> _isGivenBy;

    private EvidenceNeeded(EvidenceKind kind, Func<string, bool> isGivenBy) => (Kind, _isGivenBy) = (kind, isGivenBy);

    /// <summary>A figure or a date.</summary>
    public EvidenceKind Kind { get; }

    /// <summary>The evidence the question needs, or null when any passage may answer.</summary>
    public static EvidenceNeeded? For(Question question) =>
        question.AsksForFigure ? (question.AsksForDuration ? Duration : Count)
        : question.AsksForDate ? Date
        : null;

    /// <summary>Whether the text (a passage, a sentence) gives the evidence.</summary>
    public bool IsGivenBy(string text) => _isGivenBy(text);
}

/// <summary>The kind of evidence a question needs: a figure ("how many") or a date ("when").</summary>
public enum EvidenceKind
{
    Figure,
    Date,
}
