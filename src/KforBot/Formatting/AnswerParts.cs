using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>
/// What an answer says, in the order every channel shows it: a line (the lead above passages, or why the bot did not
/// answer), the passages, the note under them, and questions one could ask instead. An answer is its lead, passages and
/// note; a greeting its reason and suggestions; a refusal "I can't answer that from my sources.", its reason and
/// suggestions; a question not in English its reason; related passages the reason they are only related, then the
/// passages. Each channel writes these parts in its own markup (<see cref="AnswerTextFormatter"/>, Telegram's HTML).
/// </summary>
/// <param name="Line">The first line.</param>
/// <param name="Passages">The passages quoted, or none.</param>
/// <param name="Note">The note under the passages, or null.</param>
/// <param name="Suggestions">Questions to ask instead, after <see cref="HelpText.SuggestionLead"/>, or none.</param>
internal sealed record AnswerParts(string Line, IReadOnlyList<QuotedPassage> Passages, string? Note, IReadOnlyList<string> Suggestions)
{
    /// <param name="answer">The answer or refusal.</param>
    /// <param name="lead">The line above an answer's passages.</param>
    public static AnswerParts Of(Answer answer, string lead)
    {
        var reason = ReasonText.Of(answer) ?? string.Empty;
        return answer.Outcome.Match(
            answered: answered => new AnswerParts(lead, answered.Passages, ReasonText.Note(answer), []),
            greeting: greeting => new AnswerParts(reason, [], null, greeting.Suggestions),
            notEnglish: _ => new AnswerParts(reason, [], null, []),
            refused: refused => new AnswerParts(ReasonText.CannotAnswer + " " + reason, [], null, refused.Suggestions),
            related: related => new AnswerParts(reason, related.Passages, null, []));
    }
}
