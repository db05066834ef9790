using System.Globalization;
using KforBot.Log;
using KforBot.Log.Output;
using KforBot.Moderation.Site;
using Microsoft.AspNetCore.Http;

namespace KforBot.Moderation.Pages;

/// <summary>
/// One conversation: the question, what the user was shown (the refusal's reason in full; the passages with their
/// text and citation), the index version, the feedback, and the moderator's actions.
/// </summary>
internal static class ConversationPage
{
    public static Html Render(HttpContext context, InteractionEntry e, IReadOnlyList<ShownPassage> passages, ConversationQuery query, string? notice)
    {
        // A refusal may show passages too (the closest ones, for the user to judge): the same list, under its own label.
        var shown = e.Refused
            ? Html.Of($"""
                <p class="label">Refused, with this reason:</p>
                <blockquote class="reason">{e.Reason ?? "(no reason recorded)"}</blockquote>
                {Html.When(e.UncoveredTerms.Count > 0, $"""<p class="meta">Words no article covered: {string.Join(", ", e.UncoveredTerms)}</p>""")}
                {(passages.Count > 0 ? PassageList.Render($"Shown with the refusal, {passages.Count} related passage(s):", passages) : Html.Empty)}
                """)
            : PassageList.Render($"Answered with {passages.Count} quoted passage(s):", passages);
        var filters = query.QueryString();
        return Html.Of($"""
            <p class="back"><a href="/{filters}">← Back to the list</a> <a href="/conversations/next{filters}" accesskey="n" class="next">Next unreviewed (Alt+N)</a></p>
            {Html.When(notice is not null, $"""<p class="notice" role="status">{notice}</p>""")}
            <h1>Conversation</h1>
            <blockquote class="question">{e.Question}</blockquote>
            <dl class="facts">
              <dt>When</dt><dd>{EntryJson.Timestamp(e.At)}</dd>
              <dt>Where</dt><dd>{LogNames.Of(e.Channel)} ({e.ChatType}), user {e.User[..Math.Min(12, e.User.Length)]}</dd>
              <dt>Answer</dt><dd>{Badges.Outcome(e)}</dd>
              <dt>Index version</dt><dd>{e.IndexVersion}</dd>
              <dt>Latency</dt><dd>{e.LatencyMs.ToString("0.#", CultureInfo.InvariantCulture)} ms</dd>
              <dt>Feedback</dt><dd>{(e.Feedback is null ? "none" : Badges.Feedback(e.Feedback))}</dd>
              <dt>Status</dt><dd id="status">{Badges.Status(e.Status)}</dd>
            </dl>
            <section class="shown"><h2>What the user was shown</h2>{shown}</section>
            <form method="post" action="/conversations/{e.Id}{filters}" class="review">
              {Layout.Token(context)}
              <label for="note">Note</label>
              <textarea id="note" name="note" rows="3">{e.Note}</textarea>
              <div class="buttons">
                <button type="submit" name="status" value="reviewed" accesskey="r">Mark reviewed</button>
                <button type="submit" name="status" value="flagged" accesskey="f">Flag</button>
                {Html.When(e.Status != ModerationStatus.New, $"""<button type="submit" name="status" value="new" class="secondary">Set back to new</button>""")}
                <button type="submit" name="status" value="keep" class="secondary">Save note</button>
              </div>
            </form>
            """);
    }
}
