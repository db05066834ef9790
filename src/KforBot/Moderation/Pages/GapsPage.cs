using System.Globalization;
using KforBot.Log;
using KforBot.Moderation.Site;

namespace KforBot.Moderation.Pages;

/// <summary>The corpus gaps for operators: refused questions grouped by the words no article covered, most frequent first.</summary>
internal static class GapsPage
{
    public static Html Render(IReadOnlyList<CorpusGap> gaps, DateOnly? from)
    {
        var rows = gaps.Select(g => Html.Of($"""
            <tr>
              <td class="count">{g.Questions}</td>
              <td class="term">{g.Term}</td>
              <td><ul class="examples">{g.Examples.Select(x => Html.Of($"<li>{x}</li>"))}</ul></td>
            </tr>
            """));
        return Html.Of($"""
            <h1>Corpus gaps</h1>
            <p>Refused questions grouped by the words no article covered, most frequent first: the articles the corpus is missing.</p>
            <form method="get" action="/gaps" class="filters">
              <label>From <input type="date" name="from" value="{from?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></label>
              <div class="buttons"><button type="submit">Show</button> <a href="/gaps">All</a></div>
            </form>
            {(gaps.Count == 0 ? Html.Of($"""<p class="empty">No refused question names an uncovered word.</p>""") : Html.Of($"""
            <table class="gaps">
              <thead><tr><th>Questions</th><th>Word</th><th>Examples</th></tr></thead>
              <tbody>{rows}</tbody>
            </table>
            """))}
            """);
    }
}
