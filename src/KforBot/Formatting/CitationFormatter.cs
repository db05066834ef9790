using System.Globalization;
using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>Writes a citation for people: title, outlet, date (and link when known).</summary>
internal static class CitationFormatter
{
    public static string Date(DateOnly? published) =>
        published?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "date not given";

    public static string PlainText(Citation citation)
    {
        var parts = new List<string> { citation.Title };
        if (citation.Outlet.Length > 0)
        {
            parts.Add(citation.Outlet);
        }

        parts.Add(Date(citation.Published));
        var text = string.Join(" · ", parts);
        return citation.Url is null ? text : $"{text} · {citation.Url}";
    }
}
