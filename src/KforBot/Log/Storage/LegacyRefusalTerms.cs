using System.Text.RegularExpressions;

namespace KforBot.Log.Storage;

/// <summary>
/// For the migration to version 2 only: entries logged before it kept a refusal's reason as a sentence, without its
/// words, so their words are recovered from the sentence (entries logged since record them from the refusal's data).
/// Finds, in a refusal reason of those versions, the words no article covered. Reasons quote the question's words in “…” and put
/// the missing ones after the last negation: "My articles mention “Pristina”, but none of them mentions
/// “weather”" names “weather”; when nothing is quoted after it ("…but no passage speaks of them together"),
/// it is the quoted words together that no passage covers, so all of them are named.
/// </summary>
internal static partial class LegacyRefusalTerms
{
    public static IReadOnlyList<string> Uncovered(string? reason)
    {
        if (string.IsNullOrEmpty(reason))
        {
            return [];
        }

        var quoted = QuotedTerm().Matches(reason);
        if (quoted.Count == 0)
        {
            return [];
        }

        // Negations inside a quoted term ("no man's land") are the user's words, not the reason's.
        var outside = QuotedTerm().Replace(reason, m => new string(' ', m.Length));
        var negations = Negation().Matches(outside);
        var after = negations.Count == 0 ? -1 : negations[^1].Index;
        var missing = quoted.Where(m => m.Index > after).ToList();
        return (missing.Count > 0 ? missing : quoted.ToList())
            .Select(m => m.Groups[1].Value.Trim())
            .Where(term => term.Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
    }

    [GeneratedRegex("“([^”]*)”")]
    private static partial Regex QuotedTerm();

    [GeneratedRegex(@"\b(?:none|not|no)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Negation();
}
