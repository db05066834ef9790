namespace KforBot.Search.Analysis;

/// <summary>A question taken apart for search.</summary>
/// <param name="Text">The question as it will be echoed: control characters removed, length capped.</param>
/// <param name="Groups">What the question asks about, in the order it was written.</param>
/// <param name="IsGreeting">Only greetings, thanks or a call for help: answered with the help text.</param>
/// <param name="AsksForFigure">"How many", "how much", "number of"...: the answer is a figure.</param>
/// <param name="AsksForDefinition">"What is X", "who is X": the answer introduces X.</param>
public sealed record AnalyzedQuestion(string Text, IReadOnlyList<QueryTermGroup> Groups, bool IsGreeting, bool AsksForFigure, bool AsksForDefinition)
{
    /// <summary>"When ...", "what year ...": the answer gives a date.</summary>
    public bool AsksForDate { get; init; }

    /// <summary>A figure question about time ("how many years", "how long"): durations count as answers.</summary>
    public bool AsksForDuration { get; init; }

    public bool HasSearchableTerms => Groups.Count > 0;
}
