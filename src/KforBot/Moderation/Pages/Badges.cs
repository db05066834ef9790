using System.Globalization;
using KforBot.Log;
using KforBot.Moderation.Site;

namespace KforBot.Moderation.Pages;

/// <summary>How an entry's outcome, feedback, status and time read on the pages.</summary>
internal static class Badges
{
    public static Html Outcome(InteractionEntry e) => e.Refused
        ? Html.Of($"""<span class="badge refused">{(e.NowAnswerable is null ? "refused" : "refused, answerable now")}</span>""")
        : Html.Of($"""<span class="badge answered">answered</span>""");

    public static Html Status(ModerationStatus status) =>
        Html.Of($"""<span class="badge status-{LogNames.Of(status)}">{LogNames.Of(status)}</span>""");

    // Words, not 👍/👎: a browser without an emoji font (Debian's Chromium has none) shows those as empty boxes.
    public static string Feedback(Feedback? feedback) => feedback switch
    {
        KforBot.Log.Feedback.Up => "voted up",
        KforBot.Log.Feedback.Down => "voted down",
        _ => string.Empty,
    };

    public static string Time(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
