using System.Text;
using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>Writes an answer as plain text for a terminal: numbered verbatim quotes, each with its citation.</summary>
internal static class AnswerTextFormatter
{
    public static string Format(Answer answer)
    {
        var text = new StringBuilder();
        switch (answer.Kind)
        {
            case AnswerKind.Answered:
                text.AppendLine("Here is what my sources say:");
                AppendQuotes(text, answer.Passages);
                if (answer.Note is not null)
                {
                    text.AppendLine().AppendLine(answer.Note);
                }

                break;
            case AnswerKind.Related:
                text.AppendLine(answer.Reason);
                AppendQuotes(text, answer.Related);
                break;
            case AnswerKind.Greeting or AnswerKind.NotEnglish:
                text.AppendLine(answer.Reason);
                AppendSuggestions(text, answer.Suggestions);
                break;
            case AnswerKind.Refused:
                text.Append("I can't answer that from my sources. ").AppendLine(answer.Reason);
                AppendSuggestions(text, answer.Suggestions);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer.Kind, "An answer of this kind has no text form.");
        }

        return text.ToString().TrimEnd();
    }

    public static string FormatSources(IReadOnlyList<Citation> sources)
    {
        if (sources.Count == 0)
        {
            return "I have no articles indexed yet.";
        }

        var text = new StringBuilder().Append("I quote from these ").Append(sources.Count).AppendLine(" articles:");
        foreach (var source in sources)
        {
            text.Append("  • ").AppendLine(CitationFormatter.PlainText(source));
        }

        return text.ToString().TrimEnd();
    }

    private static void AppendQuotes(StringBuilder text, IReadOnlyList<QuotedPassage> passages)
    {
        for (var i = 0; i < passages.Count; i++)
        {
            var passage = passages[i];
            text.AppendLine();
            text.Append(i + 1).Append(". “").Append(passage.Text.Replace("\n", "\n   ", StringComparison.Ordinal)).AppendLine("”");
            text.Append("   — ").AppendLine(CitationFormatter.PlainText(passage.Citation));
        }
    }

    private static void AppendSuggestions(StringBuilder text, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return;
        }

        text.AppendLine(HelpText.SuggestionLead);
        foreach (var suggestion in suggestions)
        {
            text.Append("  • ").AppendLine(suggestion);
        }
    }
}
