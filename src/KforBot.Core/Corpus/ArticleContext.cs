using System.Globalization;

namespace KforBot.Corpus;

/// <summary>
/// What an article says of itself, as one text: its title, its outlet, and its date as people ask for it ("2013",
/// "March 2025"). It is searched with each of the article's passages, weighed as evidence beside them, and read
/// by refusal reasons, but never quoted.
/// </summary>
internal static class ArticleContext
{
    public static string Of(string title, string outlet, DateOnly? published) => published is { } date
        ? $"{title}\n{outlet}\n{date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}"
        : $"{title}\n{outlet}";
}
