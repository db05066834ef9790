using System.Text;
using System.Text.RegularExpressions;

namespace KforBot.Answering.Questions;

/// <summary>
/// The links pasted into a message ("is this true? https://example.com/news/kfor-leaves-kosovo"). The bot opens
/// none of them; what a link says of its page is the words of its path ("kfor leaves kosovo"), so those are read as
/// words of the question and the rest (scheme, host, figures, file type, query) is not: a reason never calls
/// "https" or "example.com" a word the articles lack.
/// </summary>
internal static partial class MessageLinks
{
    /// <summary>
    /// The message with each link replaced, in place and at the same length, by the words of its path, so every
    /// offset into the message stays an offset into it.
    /// </summary>
    public static (string Text, int Links) Words(string message)
    {
        var matches = Link().Matches(message);
        if (matches.Count == 0)
        {
            return (message, 0);
        }

        var text = new StringBuilder(message);
        foreach (Match link in matches)
        {
            var url = link.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '"', '\'', '”', '’');
            for (var i = link.Index; i < link.Index + url.Length; i++)
            {
                text[i] = ' ';
            }

            var path = Path().Match(url).Groups["path"];
            foreach (Match part in PathWord().Matches(path.Value))
            {
                if (IsPageWord(part, path.Value))
                {
                    var at = link.Index + path.Index + part.Index;
                    for (var i = 0; i < part.Length; i++)
                    {
                        text[at + i] = char.ToLowerInvariant(part.Value[i]);
                    }
                }
            }
        }

        return (text.ToString(), matches.Count);
    }

    /// <summary>A word of letters in the path, not the file type after the last dot ("html").</summary>
    private static bool IsPageWord(Match word, string path) =>
        !(word.Index > 0 && path[word.Index - 1] == '.' && word.Index + word.Length == path.Length);

    /// <summary>A web address: with its scheme, from "www.", or a bare host followed by a path ("rferl.org/a/…").</summary>
    [GeneratedRegex(@"\b(?:https?://|www\.)\S+|\b[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}/\S*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Link();

    /// <summary>The path of a link: after its host, up to a query or fragment.</summary>
    [GeneratedRegex(@"^(?:https?://)?[^/?#]+(?<path>/[^?#]*)", RegexOptions.CultureInvariant)]
    private static partial Regex Path();

    /// <summary>A run of letters between the path's separators; parts with figures (ids, dates) are not words.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{Nd}])\p{L}+(?![\p{L}\p{Nd}])", RegexOptions.CultureInvariant)]
    private static partial Regex PathWord();
}
