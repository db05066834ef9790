using System.Text;
using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>Writes an answer as plain text for a terminal: numbered verbatim quotes, each with its citation.</summary>
internal static class AnswerTextFormatter
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder();
        var reason = ReasonText.Of(answer);
        answer.Outcome.Match(
            answered: answered =>
            {
                text.AppendLine(ClaimDetector.AnswerLead);
                AppendQuotes(text, answered.Passages);
                return ReasonText.Note(answer) is { } note ? text.AppendLine().AppendLine(note) : text;
            },
            greeting: greeting => AppendSuggestions(text.AppendLine(reason), greeting.Suggestions),
            notEnglish: _ => text.AppendLine(reason),
            refused: refused => AppendSuggestions(text.Append(ReasonText.CannotAnswer).Append(' ').AppendLine(reason), refused.Suggestions),
            related: related => AppendQuotes(text.AppendLine(reason), related.Passages));
        return text.ToString().TrimEnd();
    }

    private static StringBuilder AppendQuotes(StringBuilder text, IReadOnlyList<QuotedPassage> passages)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            text.AppendLine();
            text.Append(i + 1).Append(". “").Append(passage.Text.Replace("\n", "\n   ", StringComparison.Ordinal)).AppendLine("”");
            text.Append("   — ").AppendLine(CitationFormatter.PlainText(passage.Citation));
        }

        return text;
    }

    private static StringBuilder AppendSuggestions(StringBuilder text, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return text;
        }

        text.AppendLine(HelpText.SuggestionLead);
        foreach (var suggestion in suggestions)
        {
            text.Append("  • ").AppendLine(suggestion);
        }

        return text;
    }
}
