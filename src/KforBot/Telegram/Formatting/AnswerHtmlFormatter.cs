using System.Text;
using KforBot.Answering;
using CitationFormatter = KforBot.Formatting.CitationFormatter;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// Writes an answer as Telegram HTML: the lead, then each passage quoted in a blockquote with its matched words in
/// bold and its citation below (title linked when there is a URL, outlet, date). Returns one message, or several
/// split on passage boundaries when one would pass 4,096 characters; a single passage too long for a message is shortened.
/// </summary>
internal static class AnswerHtmlFormatter
{
    private const string Cut = " […]";

    public static IReadOnlyList<string> Format(Answer answer, string lead, int maxLength = TelegramHtml.MaxMessageLength)
    {
        var blocks = new List<string>();
        switch (answer.Kind)
        {
            case AnswerKind.Answered:
                blocks.Add(TelegramHtml.Escape(lead));
                blocks.AddRange(answer.Passages.Select(p => Quote(p, maxLength)));
                if (answer.Note is not null)
                {
                    blocks.Add("<i>" + TelegramHtml.Escape(answer.Note) + "</i>");
                }

                break;
            case AnswerKind.Related:
                blocks.Add(TelegramHtml.Escape(answer.Reason ?? string.Empty));
                blocks.AddRange(answer.Related.Select(p => Quote(p, maxLength)));
                break;
            case AnswerKind.Greeting or AnswerKind.NotEnglish:
                blocks.Add(TelegramHtml.Escape(answer.Reason ?? string.Empty));
                AddSuggestions(blocks, answer.Suggestions);
                break;
            case AnswerKind.Refused:
                blocks.Add("I can't answer that from my sources. " + TelegramHtml.Escape(answer.Reason ?? string.Empty));
                AddSuggestions(blocks, answer.Suggestions);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(answer), answer.Kind, "An answer of this kind has no Telegram form.");
        }

        return Pack(blocks, maxLength);
    }

    /// <summary>Joins blocks (with blank lines, by default) into as few messages as fit; no block is split.</summary>
    public static IReadOnlyList<string> Pack(IReadOnlyList<string> blocks, int maxLength = TelegramHtml.MaxMessageLength, string separator = "\n\n")
    {
        var messages = new List<string>();
        var current = new StringBuilder();
        foreach (var block in blocks.Where(b => b.Length > 0))
        {
            if (current.Length > 0 && current.Length + separator.Length + block.Length > maxLength)
            {
                messages.Add(current.ToString());
                current.Clear();
            }

            current.Append(current.Length > 0 ? separator : string.Empty).Append(block);
        }

        if (current.Length > 0)
        {
            messages.Add(current.ToString());
        }

        return messages;
    }

    /// <summary>Title (linked when there is a URL), outlet and date.</summary>
    public static string Citation(Citation citation)
    {
        var html = new StringBuilder();
        html.Append(citation.Url is { } url ? TelegramHtml.Link(url, citation.Title) : TelegramHtml.Escape(citation.Title));
        if (citation.Outlet.Length > 0)
        {
            html.Append(" · ").Append(TelegramHtml.Escape(citation.Outlet));
        }

        return html.Append(" · ").Append(CitationFormatter.Date(citation.Published)).ToString();
    }

    /// <summary>A passage with its citation, shortened at a word when the whole would not fit in one message.</summary>
    private static string Quote(QuotedPassage passage, int maxLength)
    {
        var citation = "— " + Citation(passage.Citation);
        var whole = Render(passage, passage.Text.Length, citation);
        if (whole.Length <= maxLength)
        {
            return whole;
        }

        // Escaping lengthens text unevenly, so search for the longest prefix that fits, then step back to a word.
        var (fits, tooLong) = (0, passage.Text.Length);
        while (tooLong - fits > 1)
        {
            var middle = (fits + tooLong) / 2;
            (fits, tooLong) = Render(passage, middle, citation).Length <= maxLength ? (middle, tooLong) : (fits, middle);
        }

        var space = fits > 0 ? passage.Text.LastIndexOf(' ', fits - 1) : -1;
        return Render(passage, space > 0 ? space : fits, citation);
    }

    /// <summary>The passage's first <paramref name="quoted"/> characters (all of it, or a prefix marked as cut) and its citation.</summary>
    private static string Render(QuotedPassage passage, int quoted, string citation)
    {
        var text = quoted >= passage.Text.Length ? passage.Text : string.Concat(passage.Text.AsSpan(0, quoted), Cut);
        return $"<blockquote>{Highlight(text, passage.Highlights, quoted)}</blockquote>\n{citation}";
    }

    /// <summary>The escaped text with matched words in bold; spans that overlap or run past the quoted part are skipped.</summary>
    private static string Highlight(string text, IReadOnlyList<TextSpan> highlights, int quoted)
    {
        var html = new StringBuilder(text.Length + 64);
        var position = 0;
        foreach (var span in highlights.OrderBy(s => s.Start))
        {
            if (span.Start < position || span.Length <= 0 || span.Start + span.Length > quoted)
            {
                continue;
            }

            TelegramHtml.AppendEscaped(html, text.AsSpan(position, span.Start - position));
            html.Append("<b>");
            TelegramHtml.AppendEscaped(html, text.AsSpan(span.Start, span.Length));
            html.Append("</b>");
            position = span.Start + span.Length;
        }

        TelegramHtml.AppendEscaped(html, text.AsSpan(position));
        return html.ToString();
    }

    private static void AddSuggestions(List<string> blocks, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count > 0)
        {
            blocks.Add(TelegramHtml.Escape(HelpText.SuggestionLead) + "\n" + string.Join("\n", suggestions.Select(s => "• " + TelegramHtml.Escape(s))));
        }
    }
}
