using System.Text;
using System.Text.RegularExpressions;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// Telegram's HTML parse mode: every <c>&lt;</c>, <c>&gt;</c> and <c>&amp;</c> of article or user text is escaped
/// (and <c>"</c> inside an href), or Telegram answers 400 "can't parse entities".
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
    public static string EscapeAttribute(string text) => Escape(text).Replace("\"", "&quot;", StringComparison.Ordinal);

    public static string Link(Uri url, string text) => $"<a href=\"{EscapeAttribute(url.AbsoluteUri)}\">{Escape(text)}</a>";

    /// <summary>The same message without markup, for the rare resend when Telegram refuses the HTML: links keep their address.</summary>
    public static string ToPlainText(string html)
    {
        var text = AnchorTag().Replace(html, "$2 ($1)");
        text = AnyTag().Replace(text, string.Empty);
        return text.Replace("&lt;", "<", StringComparison.Ordinal)
            .Replace("&gt;", ">", StringComparison.Ordinal)
            .Replace("&quot;", "\"", StringComparison.Ordinal)
            .Replace("&amp;", "&", StringComparison.Ordinal);
    }

    [GeneratedRegex("<a href=\"([^\"]*)\">(.*?)</a>", RegexOptions.Singleline)]
    private static partial Regex AnchorTag();

    [GeneratedRegex("<[^>]*>")]
    private static partial Regex AnyTag();
}
