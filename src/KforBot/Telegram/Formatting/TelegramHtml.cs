using System.Text;
using System.Text.RegularExpressions;
using Telegram.Bot.Extensions;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// Telegram's HTML parse mode: every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> of article or user text is escaped
/// (and <c>"</c> inside an href), or Telegram answers 400 "can't parse entities". Text is escaped here, into the
/// message being built and leaving quotes as they are; attributes and the plain-text fallback use Telegram.Bot's <see cref="HtmlText"/>.
/// </summary>
internal static partial class TelegramHtml
{
    /// <summary>The most characters of one message (Telegram counts them after parsing, so the HTML length is a safe bound).</summary>
    public const int MaxMessageLength = 4096;

    public static string Escape(ReadOnlySpan<char> text)
    {
        var escaped = new StringBuilder(text.Length + 16);
        AppendEscaped(escaped, text);
        return escaped.ToString();
    }

    public static void AppendEscaped(StringBuilder html, ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => html.Append("&amp;"),
                '<' => html.Append("&lt;"),
                '>' => html.Append("&gt;"),
                _ => html.Append(c),
            };
        }
    }

    /// <summary>An href value: the text escaped, and its quotes too.</summary>
    public static string EscapeAttribute(string text) => HtmlText.Escape(text);

    public static string Link(Uri url, string text) => $"<a href=\"{EscapeAttribute(url.AbsoluteUri)}\">{Escape(text)}</a>";

    /// <summary>The same message without markup, for the rare resend when Telegram refuses the HTML: links keep their address.</summary>
    public static string ToPlainText(string html) => HtmlText.ToPlain(AnchorTag().Replace(html, "$2 ($1)"));

    [GeneratedRegex("<a href=\"([^\"]*)\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex AnchorTag();
}
