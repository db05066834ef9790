using System.Text.RegularExpressions;

namespace KforBot.Search.Spelling;

/// <summary>
/// The acronyms the passages' own capitalised phrases spell ("Joint Force Command" spells "JFC", "National Security
/// Strategy" "NSS"), counted as the passages are written, so that a question's acronym no passage writes is read as
/// the phrase the passages do write. Every run of two to six capitalised words spells one; where several phrases spell
/// the same letters, the one most passages hold is kept.
/// </summary>
internal sealed partial class Acronyms
{
    /// <summary>The longest phrase read as an acronym, in words.</summary>
    public const int MaxWords = 6;

    private readonly Dictionary<string, Dictionary<string, int>> _phrases = new(StringComparer.Ordinal);

    /// <summary>Counts the phrases of one passage's text, each once per passage.</summary>
    public void Add(string text)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (Match run in CapitalisedRun().Matches(text))
        {
            var words = run.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            for (var start = 0; start < words.Length; start++)
            {
                for (var end = start + 2; end <= Math.Min(words.Length, start + MaxWords); end++)
                {
                    var phrase = string.Join(' ', words[start..end]);
                    if (!seen.Add(phrase))
                    {
                        continue;
                    }

                    var letters = Letters(words[start..end]);
                    var counts = _phrases.TryGetValue(letters, out var known) ? known : _phrases[letters] = new(StringComparer.Ordinal);
                    counts[phrase] = counts.GetValueOrDefault(phrase) + 1;
                }
            }
        }
    }

    /// <summary>Each acronym and the phrase most passages hold of those that spell it (the first in order among equals).</summary>
    public IReadOnlyDictionary<string, string> Expansions() =>
        _phrases.ToDictionary(
            p => p.Key,
            p => p.Value.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);

    /// <summary>The acronym a phrase's words spell: the first letter of each, in capitals ("Joint Force Command": "JFC").</summary>
    public static string Letters(IEnumerable<string> words) => string.Concat(words.Select(w => char.ToUpperInvariant(w[0])));

    /// <summary>Whether a question's word is written as an acronym: two to six capital letters ("JFC", "NSS").</summary>
    public static bool IsAcronym(string word) => word.Length is >= 2 and <= MaxWords && word.All(char.IsAsciiLetterUpper);

    // Capitalised words (a letter, then letters, apostrophes or hyphens) with one space between each.
    [GeneratedRegex(@"(?<![\p{L}\p{Mn}'’-])\p{Lu}[\p{L}\p{Mn}'’-]*(?: \p{Lu}[\p{L}\p{Mn}'’-]*)+")]
    private static partial Regex CapitalisedRun();
}
