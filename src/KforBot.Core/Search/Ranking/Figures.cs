using System.Text.RegularExpressions;

namespace KforBot.Search.Ranking;

/// <summary>Finds the figures a text gives: "4,600", "207.8", "600"; years such as "1999" do not count.</summary>
public static partial class Figures
{
    public static HashSet<string> In(string text) =>
        Quantities(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    public static bool Any(string text) => Quantities(text).Any();

    /// <summary>Numbers that count something: not years, not the day in "March 4" or "4 March".</summary>
    private static IEnumerable<Match> Quantities(string text) =>
        Figure().Matches(text).Where(m => !IsYear(m.Value) && !DayBefore().IsMatch(text[..m.Index]) && !DayAfter().IsMatch(text[(m.Index + m.Length)..]));

    /// <summary>Whether the text gives a date: a year, or a month with its day.</summary>
    public static bool AnyDate(string text) =>
        Figure().Matches(text).Any(m => IsYear(m.Value) || DayBefore().IsMatch(text[..m.Index]) || DayAfter().IsMatch(text[(m.Index + m.Length)..]));

    private static bool IsYear(string value) => value.Length == 4 && value[0] is '1' or '2' && value.All(char.IsAsciiDigit);

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")]
    private static partial Regex Figure();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayAfter();
}
