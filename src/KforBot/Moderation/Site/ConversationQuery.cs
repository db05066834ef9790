using System.Globalization;
using KforBot.Log;
using KforBot.Log.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace KforBot.Moderation.Site;

/// <summary>
/// The filters of the conversations list as its query string carries them (<c>outcome</c>, <c>feedback</c>,
/// <c>status</c>, <c>from</c>, <c>to</c>, <c>q</c>, <c>page</c>), so a filtered list, its export and "next unreviewed"
/// can be linked and bookmarked. Values that mean nothing are dropped and named in <see cref="Problems"/>.
/// </summary>
internal sealed record ConversationQuery(
    string? Outcome, string? Feedback, string? Status, DateOnly? From, DateOnly? To, string? Text, int Page, IReadOnlyList<string> Problems)
{
    public static ConversationQuery Read(IQueryCollection query)
    {
        var problems = new List<string>();
        var page = int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 ? n : 1;
        return new ConversationQuery(
            Choice(query, "outcome", problems, "refused", "answered"),
            Choice(query, "feedback", problems, "up", "down"),
            Choice(query, "status", problems, "new", "reviewed", "flagged"),
            Day(query, "from", problems),
            Day(query, "to", problems),
            string.IsNullOrWhiteSpace(query["q"]) ? null : query["q"].ToString().Trim(),
            page,
            problems);
    }

    /// <summary>The log filter: <see cref="To"/> is inclusive, days are UTC as in <c>logs list --since</c>.</summary>
    public InteractionFilter Filter(int? pageSize = null) => new(
        RefusedOnly: Outcome == "refused",
        AnsweredOnly: Outcome == "answered",
        Feedback: LogNames.FeedbackOf(Feedback),
        Status: Status is null ? null : LogNames.Status(Status),
        Since: From is { } from ? Start(from) : null,
        Until: To is { } to ? Start(to.AddDays(1)) : null,
        Text: Text,
        Limit: pageSize,
        Offset: pageSize is { } size ? (Page - 1) * size : null);

    /// <summary>The query string of these filters (without the page unless asked), starting with '?' or empty.</summary>
    public string QueryString(int? page = null)
    {
        var pairs = new Dictionary<string, string?>
        {
            ["outcome"] = Outcome,
            ["feedback"] = Feedback,
            ["status"] = Status,
            ["from"] = From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["to"] = To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["q"] = Text,
            ["page"] = page is > 1 ? page.Value.ToString(CultureInfo.InvariantCulture) : null,
        };
        return QueryHelpers.AddQueryString(string.Empty, pairs.Where(p => p.Value is not null));
    }

    public static DateTimeOffset Start(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    private static string? Choice(IQueryCollection query, string name, List<string> problems, params string[] allowed)
    {
        var value = query[name].ToString();
        if (value.Length == 0 || allowed.Contains(value, StringComparer.Ordinal))
        {
            return value.Length == 0 ? null : value;
        }

        problems.Add($"The filter '{name}' must be one of {string.Join(", ", allowed)}; '{value}' was ignored.");
        return null;
    }

    private static DateOnly? Day(IQueryCollection query, string name, List<string> problems)
    {
        var value = query[name].ToString();
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        problems.Add($"The date '{name}' must be written YYYY-MM-DD, e.g. 2025-03-10; '{value}' was ignored.");
        return null;
    }
}
