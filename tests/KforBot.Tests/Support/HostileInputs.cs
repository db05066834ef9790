using System.Text;

namespace KforBot.Tests.Support;

/// <summary>Random and hostile question texts: query syntax, SQL, emoji, control characters, huge inputs.</summary>
public static class HostileInputs
{
    private static readonly string[] Fragments =
    [
        "\"", "\"\"", "'", "(", ")", "AND", "OR", "NOT", "NEAR", "NEAR(", "*", ":", "^", "-", "+", "{", "}", "[", "]",
        "title:", "text:", "col:", "NEAR/3", "'; DROP TABLE passages; --", "\" OR 1=1 --", "SELECT * FROM meta",
        "🇽🇰", "🙂", "\u0000", "\u0007", "\u001b[31m", "\r\n", "\t", "\u200b", "\u202e", "\ud800", "\udc00",
        "KFOR", "Kosovo", "U.S.", "4,600", "Çeku", "Приштина", "科索沃", "كوسوفو", "NATO's", "%", "\\", "/", "<b>", "&amp;",
        "bm25(", "rank", "MATCH", "ORDER BY", "__", "...", "?", "!", "@bot", "/ask", "1e309", "-0", "NaN",
    ];

    /// <summary>The fixed hostile inputs, then <paramref name="count"/> random ones from a fixed seed.</summary>
    public static IEnumerable<string> Generate(int seed, int count)
    {
        yield return string.Empty;
        yield return "   ";
        yield return "\0";
        yield return "\"\"\" AND ( OR";
        yield return new string('a', 100_000);
        yield return string.Concat(Enumerable.Repeat("KFOR OR ", 12_500));
        yield return string.Concat(Enumerable.Repeat("\"", 10_000));
        yield return string.Concat(Enumerable.Repeat("🙂", 5_000));
        yield return string.Join(' ', Enumerable.Range(0, 5_000).Select(i => $"w{i}"));

        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var text = new StringBuilder();
            var parts = random.Next(1, 12);
            for (var p = 0; p < parts; p++)
            {
                text.Append(random.Next(4) switch
                {
                    0 => (char)random.Next(0, 0x3000),
                    1 => Fragments[random.Next(Fragments.Length)],
                    2 => char.ConvertFromUtf32(random.Next(0x1F300, 0x1FAFF)),
                    _ => Fragments[random.Next(Fragments.Length)] + " ",
                });
            }

            yield return text.ToString();
        }
    }
}
