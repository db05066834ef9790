using System.Globalization;
using System.Text.RegularExpressions;

namespace KforBot.Answering.Ranking;

/// <summary>Finds the figures a text gives: "4,600", "207.8", "600"; years such as "1999" do not count.</summary>
internal static partial class Figures
{
    public static HashSet<string> In(string text) =>
        Quantities(text).Select(m => m.Value.Replace(",", string.Empty, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);

    public static bool Any(string text) => Quantities(text).Any();

    /// <summary>
    /// A whole number written the other way: with separators of thousands when it has none ("4600": "4,600"), without
    /// them when it has them ("4,600": "4600"); null for any other word.
    /// </summary>
    public static string? OtherWriting(string word)
    {
        if (word.Length is >= 4 and <= 15 && word.All(char.IsAsciiDigit) && word[0] != '0')
        {
            return long.Parse(word, CultureInfo.InvariantCulture).ToString("#,0", CultureInfo.InvariantCulture);
        }

        return Grouped().IsMatch(word) ? word.Replace(",", string.Empty, StringComparison.Ordinal) : null;
    }

    /// <summary>Whether the text counts something other than time: "4,767 soldiers" does, "26 years after" does not.</summary>
    public static bool AnyCount(string text) =>
        Quantities(text).Any(m => !Duration().IsMatch(text.AsSpan(m.Index + m.Length, Math.Min(16, text.Length - m.Index - m.Length))));

    /// <summary>Numbers that count something: not years, not the day in "March 4" or "4 March".</summary>
    private static IEnumerable<Match> Quantities(string text) =>
        Figure().Matches(text).Where(m => !IsYear(m.Value) && !IsDay(text, m));

    /// <summary>
    /// Whether the text says when: a year, a month with its day, a month after a preposition ("in February",
    /// "since March"), a weekday after "on", or a day, week, month or year counted from the article's date
    /// ("yesterday", "last month"), which its citation dates. "Today" and "now" do not count: news uses them
    /// for the present state of things, not for when something happened.
    /// </summary>
    public static bool AnyDate(string text) =>
        Figure().Matches(text).Any(m => IsYear(m.Value) || IsDay(text, m)) || WordsOfTime().IsMatch(text);

    /// <summary>The day in "March 4" or "4 March": only the few characters around the number are looked at.</summary>
    private static bool IsDay(string text, Match number)
    {
        const int Window = 16;
        var before = Math.Max(0, number.Index - Window);
        var after = number.Index + number.Length;
        return DayBefore().IsMatch(text.AsSpan(before, number.Index - before))
            || DayAfter().IsMatch(text.AsSpan(after, Math.Min(Window, text.Length - after)));
    }

    private static bool IsYear(string value) => value.Length == 4 && value[0] is '1' or '2' && value.All(char.IsAsciiDigit);

    [GeneratedRegex(@"^[1-9]\d{0,2}(?:,\d{3})+$")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\d.,])\d+(?:\.\d+)?")]
    private static partial Regex Figure();

    // Month and weekday names are matched capitalised only: "may" is far more often the verb.
    [GeneratedRegex(@"\b(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Ff]rom|[Dd]uring|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his)[\s-]+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
        + @"|\b[Oo]n\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
        + @"|\b(?:[Yy]esterday|(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this)\s+(?:week|weekend|month|year))\b")]
    private static partial Regex WordsOfTime();

    [GeneratedRegex(@"^\s+(?:more\s+)?(?:years?|months?|weeks?|days?|hours?|minutes?|decades?|centuries)\b", RegexOptions.IgnoreCase)]
    private static partial Regex Duration();

    [GeneratedRegex(@"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?\s+$", RegexOptions.IgnoreCase)]
    private static partial Regex DayBefore();

    [GeneratedRegex(@"^(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayAfter();
}
