using System.Text;
using KforBot.Answering;
using KforBot.Formatting;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// Writes an answer's parts (<see cref="AnswerParts"/>) as Telegram HTML: the first line, then each passage quoted in a
/// blockquote with its matched words in bold and its citation below (title linked when there is a URL, outlet, date),
/// the note in italics and the suggestions. Returns one message, or several split on passage boundaries when one would
/// pass 4,096 characters; a single passage too long for a message is shortened.
/// </summary>
internal static class AnswerHtmlFormatter
{
    private const string Cut = " […]";

    public static IReadOnlyList<string> Format(Answer answer, string lead, int maxLength = TelegramHtml.MaxMessageLength)
    {
        var parts = AnswerParts.Of(answer, lead);
        List<string> blocks =
        [
            TelegramHtml.Escape(parts.Line),
            .. parts.Passages.Select(p => Quote(p, maxLength)),
            parts.Note is { } note ? "<i>" + TelegramHtml.Escape(note) + "</i>" : string.Empty,
            parts.Suggestions.Count > 0 ? Suggestions(parts.Suggestions) : string.Empty,
        ];
        return MessagePacking.Pack(blocks, maxLength);
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

    /// <summary>"You could ask, for example:" and the questions, one a line.</summary>
    public static string Suggestions(IEnumerable<string> questions) =>
        TelegramHtml.Escape(HelpText.SuggestionLead) + "\n" + string.Join("\n", questions.Select(q => "• " + TelegramHtml.Escape(q)));
}
