using System.Text;
using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>Writes an answer as plain text for a terminal: numbered verbatim quotes, each with its citation.</summary>
internal static class AnswerTextFormatter
{
    /// <param name="answer">The answer or refusal.</param>
    /// <param name="lead">The line above an answer's passages.</param>
    public static string Format(Answer answer, string lead = ClaimDetector.AnswerLead)
    {
        var parts = AnswerParts.Of(answer, lead);
        var text = new StringBuilder().AppendLine(parts.Line);
        for (var i = 0; i < parts.Passages.Count; i++)
        {
            var passage = parts.Passages[i];
            text.AppendLine();
            text.Append(i + 1).Append(". “").Append(passage.Text.Replace("\n", "\n   ", StringComparison.Ordinal)).AppendLine("”");
            text.Append("   — ").AppendLine(CitationFormatter.PlainText(passage.Citation));
        }

        if (parts.Note is { } note)
        {
            text.AppendLine().AppendLine(note);
        }

        if (parts.Suggestions.Count > 0)
        {
            text.AppendLine(HelpText.SuggestionLead);
            foreach (var suggestion in parts.Suggestions)
            {
                text.Append("  • ").AppendLine(suggestion);
            }
        }

        return text.ToString().TrimEnd();
    }
}
