using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>
/// The one place that puts an answer's outcome into the bot's own words: why it did not answer (the <c>reason</c> of
/// <c>ask --json</c> and of the interaction log, the line every channel shows) and the note under an answer.
/// Every kind of outcome and of refusal has its sentence; a new kind without one does not compile.
/// </summary>
internal static class ReasonText
{
    public const string CannotAnswer = "I can't answer that from my sources.";
    public const string FiguresDiffer = "My sources give different figures: compare them with each passage's source and date.";
    private const int MaxNamedWords = 4;

    /// <summary>Why the bot did not answer, or null for an answer.</summary>
    public static string? Of(Answer answer) => answer.Outcome.Match<string?>(
        answered: _ => null,
        greeting: greeting => HelpText.Greeting(greeting.ArticleCount),
        notEnglish: notEnglish => NotEnglish(notEnglish.ExampleQuestion),
        refused: refused => Of(refused.Refusal),
        related: Related);

    /// <summary>The note under an answer's passages, or null for none.</summary>
    public static string? Note(Answer answer) => answer.Outcome is AnswerOutcome.Answered { FiguresDiffer: true } ? FiguresDiffer : null;

    public static string Of(Refusal refusal) => refusal.Kind switch
    {
        RefusalKind.IndexUnavailable => "My article index is not available right now, so I cannot look anything up. Please try again later.",
        RefusalKind.NothingToLookUp => "There is nothing in your message I can look up in my articles.",
        RefusalKind.OnlyLinks => "I don't open links. Ask me about it in words, or paste the text you want me to check against my articles.",
        RefusalKind.OnlyFigures => "Your message has only figures and no words I can look up; ask about KFOR in words.",
        RefusalKind.NoFurtherPassages => "I have no further passages on this question.",
        RefusalKind.NothingClose => $"No passage of {Articles(refusal)} speaks of what you ask closely enough to be quoted.",
        RefusalKind.NotMentioned => $"None of {Articles(refusal)} mentions {Quote(refusal.Missing)}.",
        RefusalKind.PartlyMentioned => $"My articles mention {Quote(refusal.Mentioned, "and")}, but none of them mentions {Quote(refusal.Missing)}.",
        RefusalKind.NoEvidence => $"None of the passages of {Articles(refusal)} about {Quote(refusal.Mentioned, "and")} gives {Evidence(refusal.Evidence)} for what you ask.",
        RefusalKind.ClosestLacks => $"The closest passage (from “{refusal.ClosestTitle}”) speaks of {Quote(refusal.Mentioned, "and")} but not of {Quote(refusal.Missing)}, and no passage answers your question closely enough to be quoted.",
        RefusalKind.NotCloseEnough => $"My articles speak of {Quote(refusal.Mentioned, "and")}, but the closest passage (from “{refusal.ClosestTitle}”) does not answer your question closely enough to be quoted.",
    };

    /// <summary>The reply to a question not in English: in English, Albanian and Serbian, with an example.</summary>
    public static string NotEnglish(string exampleQuestion) =>
        $"I read questions in English only, so I cannot look this one up. Please ask it in English, for example: “{exampleQuestion}”"
        + "\nShqip: Unë lexoj vetëm pyetje në anglisht. Ju lutem, bëni pyetjen në anglisht."
        + "\nSrpski: Čitam samo pitanja na engleskom. Molim vas, postavite pitanje na engleskom.";

    /// <summary>Why the closest passages, shown after this reason, are related rather than an answer.</summary>
    private static string Related(AnswerOutcome.Related related)
    {
        const string Lead = "My sources don't say that.";
        if (related.NotInClosest.Count > 0)
        {
            return $"{Lead} The closest passage does not mention {Quote(related.NotInClosest)}; this is as close as they come:";
        }

        return related.MissingEvidence is { } evidence
            ? $"{Lead} The closest passage gives no {Evidence(evidence)[2..]} for what you ask; this is as close as they come:"
            : $"{Lead} No passage answers your question closely enough to be quoted as an answer; this is as close as they come:";
    }

    private static string Articles(Refusal refusal) => refusal.ArticleCount == 1 ? "my only article" : $"my {refusal.ArticleCount} articles";

    private static string Evidence(EvidenceKind evidence) => evidence switch
    {
        EvidenceKind.Figure => "a figure",
        EvidenceKind.Date => "a date",
    };

    private static string Quote(IReadOnlyList<string> words, string conjunction = "or")
    {
        var labels = words.Select(w => $"“{w}”").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var shown = labels.Take(MaxNamedWords).ToList();
        if (labels.Count > MaxNamedWords)
        {
            shown.Add($"{labels.Count - MaxNamedWords} more");
        }

        return shown.Count switch
        {
            1 => shown[0],
            2 => $"{shown[0]} {conjunction} {shown[1]}",
            _ => string.Join(", ", shown[..^1]) + $" {conjunction} " + shown[^1],
        };
    }
}
