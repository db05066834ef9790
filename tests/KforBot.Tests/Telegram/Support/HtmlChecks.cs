using System.Text.RegularExpressions;

namespace KforBot.Tests.Telegram.Support;

/// <summary>Checks text against Telegram's HTML parse mode: only its tags, balanced, every other &lt; &gt; &amp; escaped.</summary>
internal static partial class HtmlChecks
{
    private static readonly HashSet<string> Allowed = ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "blockquote", "tg-spoiler", "span"];

    public static void AssertValidTelegramHtml(string html)
    {
        var open = new Stack<string>();
        var position = 0;
        foreach (Match tag in Tag().Matches(html))
        {
            AssertPlainText(html[position..tag.Index]);
            position = tag.Index + tag.Length;
            var name = tag.Groups["name"].Value;
            Assert.True(Allowed.Contains(name), $"Telegram does not support <{name}>");
            if (tag.Groups["close"].Success)
            {
                Assert.True(open.Count > 0 && open.Pop() == name, $"</{name}> closes nothing open");
            }
            else
            {
                open.Push(name);
            }
        }

        AssertPlainText(html[position..]);
        Assert.Empty(open);
    }

    private static void AssertPlainText(string text)
    {
        Assert.DoesNotContain('<', text);
        Assert.DoesNotContain('>', text);
        foreach (Match amp in Ampersand().Matches(text))
        {
            Assert.Matches("^&(amp|lt|gt|quot);", text[amp.Index..]);
        }
    }

    [GeneratedRegex("<(?<close>/)?(?<name>[a-z-]+)(?: [^<>]*)?>")]
    private static partial Regex Tag();

    [GeneratedRegex("&")]
    private static partial Regex Ampersand();
}
