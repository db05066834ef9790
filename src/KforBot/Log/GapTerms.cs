using System.Text.RegularExpressions;

namespace KforBot.Log;

/// <summary>
/// The corpus gaps a refused question shows: the words no article covered, with the words of one name kept together
/// ("Albin" and "Kurti" side by side in the question are the gap "Albin Kurti"), and nothing from noise: a lone digit
/// or letter, markup, script or an injection attempt says nothing about which articles are missing.
/// </summary>
internal static partial class GapTerms
{
    public static IReadOnlyList<string> Of(string question, IReadOnlyList<string> uncovered)
    {
        if (uncovered.Count == 0 || Hostile().IsMatch(question))
        {
            return [];
        }

        // Each word as the reason spells it.
        var single = uncovered.Where(t => !t.Contains(' ', StringComparison.Ordinal)).Distinct(StringComparer.OrdinalIgnoreCase).ToDictionary(t => t, StringComparer.OrdinalIgnoreCase);
        var gaps = new List<string>();
        var joined = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        Match? previous = null;
        var run = new List<string>();
        foreach (Match word in Word().Matches(question))
        {
            if (!single.TryGetValue(word.Value, out var term))
            {
                Flush();
                continue;
            }

            // Only blank space between two uncovered words: the words of one name, or one phrase.
            if (previous is not null && !string.IsNullOrWhiteSpace(question[(previous.Index + previous.Length)..word.Index]))
            {
                Flush();
            }

            run.Add(term);
            joined.Add(term);
            previous = word;
        }

        Flush();
        gaps.AddRange(uncovered.Where(t => !joined.Contains(t)));
        return [.. gaps.Where(IsWord).Distinct(StringComparer.OrdinalIgnoreCase)];

        void Flush()
        {
            if (run.Count > 0)
            {
                gaps.Add(string.Join(' ', run));
                run.Clear();
            }

            previous = null;
        }
    }

    /// <summary>A term worth an article: letters in it (or a figure of four characters or more, like a year), nothing of code.</summary>
    private static bool IsWord(string term) =>
        term.Length > 1
        && (term.Any(char.IsLetter) || term.Length >= 4)
        && !term.Any(c => char.IsControl(c) || c is '<' or '>' or '{' or '}' or '(' or ')' or '[' or ']' or ';' or '=' or '"' or '\\' or '/' or '`' or '$');

    [GeneratedRegex(@"[\p{L}\p{N}]+(?:['’.\-][\p{L}\p{N}]+)*")]
    private static partial Regex Word();

    // Markup, script, and the usual injection openings: questions made of them are probes, not questions.
    [GeneratedRegex(@"<\s*/?\s*[a-z!?]|javascript\s*:|\b(?:document|window)\s*\.\s*\w|&#?\w+;|\bon\w+\s*=|;\s*(?:drop|delete|insert|update|select)\b|\b(?:or|and)\s+['""]?\d+['""]?\s*=\s*['""]?\d|\bunion\s+select\b|\{\{|\$\{", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Hostile();
}
