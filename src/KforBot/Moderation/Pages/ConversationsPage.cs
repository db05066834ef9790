using System.Globalization;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Moderation.Site;
using Microsoft.AspNetCore.Http;

namespace KforBot.Moderation.Pages;

/// <summary>The conversations, newest first, a page at a time, under the filters; today's counts at the top.</summary>
internal static class ConversationsPage
{
    public static Html Render(ConversationQuery query, LogSummary today, LogSummary matching, IReadOnlyList<InteractionEntry> entries, int pageSize)
    {
        var pages = Pages(matching, pageSize);
        var refusalRate = today.Questions == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * today.Refused / today.Questions:0}%");
        var rows = entries.Select(e => Html.Of($"""
            <tr>
              <td class="when">{Badges.Time(e.At)}</td>
              <td class="question"><a href="/conversations/{e.Id}{query.QueryString()}">{e.Question}</a></td>
              <td>{Badges.Outcome(e)}</td>
              <td class="vote">{Badges.Feedback(e.Feedback)}</td>
              <td>{Badges.Status(e.Status)}</td>
            </tr>
            """));
        var filters = query.QueryString();
        return Html.Of($"""
            <h1>Conversations</h1>
            <div class="list-page">
            <ul class="counts">
              <li><strong>{today.Questions}</strong> questions today</li>
              <li><strong>{refusalRate}</strong> refused today</li>
              <li><strong>{today.Up}</strong> voted up · <strong>{today.Down}</strong> voted down today</li>
              <li><strong>{matching.Questions}</strong> match the filters</li>
            </ul>
            {Layout.Notices(query.Problems)}
            <p class="to-filters"><a href="#filters">Filters and exports ↓</a></p>
            <form method="get" action="/" class="filters" id="filters">
              <label>Answer {Select("outcome", query.Outcome, ("", "any"), ("refused", "refused"), ("answered", "answered"))}</label>
              <label>Feedback {Select("feedback", query.Feedback, ("", "any"), ("down", "voted down"), ("up", "voted up"))}</label>
              <label>Status {Select("status", query.Status, ("", "any"), ("new", "new"), ("reviewed", "reviewed"), ("flagged", "flagged"))}</label>
              <label>From <input type="date" name="from" value="{Day(query.From)}"></label>
              <label>To <input type="date" name="to" value="{Day(query.To)}"></label>
              <label class="search">Question contains <input type="search" name="q" value="{query.Text}"></label>
              <div class="buttons"><button type="submit">Filter</button> <a href="/">Clear</a></div>
            </form>
            <p class="actions">
              <a href="/conversations/next{filters}" accesskey="n">Next unreviewed</a>
              <a href="/export.csv{filters}">Export CSV</a>
              <a href="/export.jsonl{filters}">Export JSONL</a>
            </p>
            {(entries.Count == 0 ? Html.Of($"""<p class="empty">No conversation matches these filters.</p>""") : Html.Of($"""
            <table class="conversations">
              <thead><tr><th>When (UTC)</th><th>Question</th><th>Answer</th><th>Vote</th><th>Status</th></tr></thead>
              <tbody>{rows}</tbody>
            </table>
            """))}
            <nav class="pager">
              {Html.When(query.Page > 1, $"""<a href="/{query.QueryString(query.Page - 1)}" rel="prev">← Newer</a>""")}
              <span>Page {query.Page} of {pages}</span>
              {Html.When(query.Page < pages, $"""<a href="/{query.QueryString(query.Page + 1)}" rel="next">Older →</a>""")}
            </nav>
            </div>
            """);
    }

    /// <summary>How many pages the matching conversations fill; an empty list is one page.</summary>
    public static int Pages(LogSummary matching, int pageSize) => Math.Max(1, (matching.Questions + pageSize - 1) / pageSize);

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? string.Empty;

    private static Html Select(string name, string? selected, params (string Value, string Label)[] options) =>
        Html.Of($"""<select name="{name}">{options.Select(o => Html.Of($"""<option value="{o.Value}"{(o.Value == (selected ?? string.Empty) ? Html.Trusted(" selected") : Html.Empty)}>{o.Label}</option>"""))}</select>""");
}
