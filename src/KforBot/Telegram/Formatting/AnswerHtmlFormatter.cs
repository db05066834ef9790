using System.Text;
using KforBot.Answering;
using KforBot.Formatting;

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
        var reason = TelegramHtml.Escape(ReasonText.Of(answer) ?? string.Empty);
        answer.Outcome.Match(
            answered: answered =>
            {
                blocks.Add(TelegramHtml.Escape(lead));
                blocks.AddRange(answered.Passages.Select(p => Quote(p, maxLength)));
                return AddNote(blocks, ReasonText.Note(answer));
            },
            greeting: greeting => AddSuggestions(Add(blocks, reason), greeting.Suggestions),
            notEnglish: _ => Add(blocks, reason),
            refused: refused => AddSuggestions(Add(blocks, ReasonText.CannotAnswer + " " + reason), refused.Suggestions),
            related: related =>
            {
                blocks.Add(reason);
                blocks.AddRange(related.Passages.Select(p => Quote(p, maxLength)));
                return blocks;
            });
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

    private static List<string> Add(List<string> blocks, string block)
    {
        blocks.Add(block);
        return blocks;
    }

    private static List<string> AddNote(List<string> blocks, string? note) => note is null ? blocks : Add(blocks, "<i>" + TelegramHtml.Escape(note) + "</i>");

    /// <summary>"You could ask, for example:" and the questions, one a line.</summary>
    public static string Suggestions(IEnumerable<string> questions) =>
        TelegramHtml.Escape(HelpText.SuggestionLead) + "\n" + string.Join("\n", questions.Select(q => "• " + TelegramHtml.Escape(q)));

    private static List<string> AddSuggestions(List<string> blocks, IReadOnlyList<string> suggestions) =>
        suggestions.Count == 0 ? blocks : Add(blocks, Suggestions(suggestions));
}
