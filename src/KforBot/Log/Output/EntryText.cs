using System.Globalization;
using System.Text;

namespace KforBot.Log.Output;

/// <summary>The log for a person: a table of entries (<c>logs list</c>), one entry in full (<c>logs show</c>), the gaps.</summary>
internal static class EntryText
{
    private const int QuestionWidth = 60;

    public static string TableHeader { get; } =
        $"{"at (UTC)",-16}  {"id",-32}  {"channel",-8}  {"user",-8}  {"answer",-8}  {"vote",-4}  {"status",-8}  question";

    public static string TableRow(InteractionEntry e) => string.Create(
        CultureInfo.InvariantCulture,
        $"{e.At.UtcDateTime:yyyy-MM-dd HH:mm}  {e.Id,-32}  {LogNames.Of(e.Channel),-8}  {e.User[..Math.Min(8, e.User.Length)],-8}  {Outcome(e),-8}  {Vote(e),-4}  {LogNames.Of(e.Status),-8}  {Shorten(e.Question)}");

    public static string Details(InteractionEntry e)
    {
        var text = new StringBuilder();
        Line(text, "id", e.Id);
        Line(text, "at", EntryJson.Timestamp(e.At));
        Line(text, "channel", $"{LogNames.Of(e.Channel)} ({e.ChatType})");
        Line(text, "user", e.RawUserId is null ? e.User : $"{e.User} (id {e.RawUserId})");
        Line(text, "question", e.Question);
        Line(text, "answer", Outcome(e));
        Line(text, "reason", e.Reason);
        Line(text, "uncovered", e.UncoveredTerms.Count == 0 ? null : string.Join(", ", e.UncoveredTerms));
        foreach (var p in e.Passages)
        {
            Line(text, "passage", string.Create(CultureInfo.InvariantCulture, $"{p.ArticleId} #{p.Position} (score {p.Score})"));
        }

        Line(text, "index", e.IndexVersion);
        Line(text, "latency", string.Create(CultureInfo.InvariantCulture, $"{e.LatencyMs} ms"));
        Line(text, "feedback", e.Feedback is { } f ? LogNames.Of(f) : "none");
        Line(text, "status", LogNames.Of(e.Status));
        Line(text, "note", e.Note);
        Line(text, "answerable", e.NowAnswerable is { } mark ? $"since {EntryJson.Timestamp(mark.At)}, from {mark.ArticleId}" : null);
        Line(text, "notify", e.NotifyTo is null ? null : e.NotifiedAt is { } sent ? $"sent {EntryJson.Timestamp(sent)}" : "asked for");
        return text.ToString();
    }

    public static string Gap(CorpusGap gap)
    {
        var text = new StringBuilder(string.Create(CultureInfo.InvariantCulture, $"{gap.Questions,6}  “{gap.Term}”")).AppendLine();
        foreach (var example in gap.Examples)
        {
            text.Append("        e.g. ").AppendLine(Shorten(example));
        }

        return text.ToString();
    }

    private static string Outcome(InteractionEntry e) => e.Refused ? (e.NowAnswerable is null ? "refused" : "refused*") : "answered";

    private static string Vote(InteractionEntry e) => e.Feedback switch
    {
        Feedback.Up => "up",
        Feedback.Down => "down",
        _ => string.Empty,
    };

    private static string Shorten(string question)
    {
        var oneLine = question.ReplaceLineEndings(" ");
        return oneLine.Length <= QuestionWidth ? oneLine : oneLine[..(QuestionWidth - 1)] + "…";
    }

    private static void Line(StringBuilder text, string label, string? value)
    {
        if (value is not null)
        {
            text.Append(CultureInfo.InvariantCulture, $"{label + ":",-12}").AppendLine(value.ReplaceLineEndings(" "));
        }
    }
}
