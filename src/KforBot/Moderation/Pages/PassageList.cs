using System.Globalization;
using KforBot.Moderation.Site;

namespace KforBot.Moderation.Pages;

/// <summary>
/// A list of passages as the user saw them: each one's citation, its text, and where it sits in its article. Any
/// answer that shows passages renders through it (the quoted passages of an answer, those shown with a refusal).
/// </summary>
internal static class PassageList
{
    public static Html Render(string label, IReadOnlyList<ShownPassage> passages) => Html.Of($"""
        <p class="label">{label}</p>
        <ol class="passages">{passages.Select(Passage)}</ol>
        """);

    private static Html Passage(ShownPassage p)
    {
        var citation = p.Citation is { } c
            ? Html.Of($"""
                <span class="title">{(c.Url is null ? Html.Of($"{c.Title}") : Html.Of($"""<a href="{c.Url.AbsoluteUri}" rel="noreferrer">{c.Title}</a>"""))}</span>
                <span class="meta">{c.Outlet}{(c.Published is { } day ? ", " + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)}</span>
                """)
            : Html.Empty;
        var text = p.Text is not null
            ? Html.Of($"""<blockquote class="passage">{p.Text}</blockquote>""")
            : Html.Of($"""<p class="notice missing">{p.Missing}</p>""");
        return Html.Of($"""
            <li>{citation}
              {text}
              <span class="meta">article <code>{p.Logged.ArticleId}</code>, passage #{p.Logged.Position}, score {p.Logged.Score.ToString("0.###", CultureInfo.InvariantCulture)}</span>
            </li>
            """);
    }
}
