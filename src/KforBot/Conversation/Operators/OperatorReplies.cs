using System.Globalization;
using KforBot.Log;
using KforBot.Search;

namespace KforBot.Conversation.Operators;

/// <summary>The replies of the operators' commands (<c>/reindex</c>, <c>/stats</c>), as plain text, on every channel.</summary>
internal static class OperatorReplies
{
    public const string ReindexStarted = "Reindexing the corpus; I go on answering from the current index and send the report when it is done.";
    public const string ReindexRunning = "A reindex is already running; its report follows when it is done.";
    public const string ReindexUnderWay = "A reindex is under way; its report follows when it is done.";
    public const string ReindexStoppedByShutdown = "The bot is stopping, so the reindex stopped before it finished; the previous index stays in use.";
    public const string ReindexCrashed = "The reindex failed unexpectedly; the previous index stays in use. The bot's log has the details.";

    /// <param name="summary">The index in use, or null with <paramref name="unusable"/> saying why there is none.</param>
    /// <param name="unusable">Why there is no usable index.</param>
    /// <param name="log">The log's counts, or null with <paramref name="logProblem"/> saying why they cannot be read.</param>
    /// <param name="logProblem">Why the log cannot be read.</param>
    /// <param name="health">The log writer's changes waiting and lost since start.</param>
    /// <param name="logOptions">For the periods the counts cover.</param>
    /// <param name="now">The time now.</param>
    /// <param name="reindexing">Whether a reindex started by an operator is running.</param>
    public static string Stats(IndexSummary? summary, string? unusable, LogStatistics? log, string? logProblem, LogHealth health, LogOptions logOptions, DateTimeOffset now, bool reindexing)
    {
        var lines = new List<string>();
        if (summary is not null)
        {
            lines.Add($"Index: {N(summary.ArticleCount)} articles, {N(summary.PassageCount)} passages.");
            lines.Add($"Index version {summary.BuildId}, built {summary.BuiltAt.UtcDateTime.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC ({Age(now - summary.BuiltAt)} ago).");
        }
        else
        {
            lines.Add($"Index: none usable ({unusable}).");
        }

        if (reindexing)
        {
            lines.Add(ReindexUnderWay);
        }

        if (log is not null)
        {
            var rate = log.QuestionsToday == 0 ? "no questions yet" : $"{Math.Round(100.0 * log.RefusedToday / log.QuestionsToday):F0}% refused";
            lines.Add($"Questions today (UTC): {N(log.QuestionsToday)}, {N(log.RefusedToday)} refused ({rate}).");
            lines.Add($"Feedback (last {logOptions.RetentionDays} days): 👍 {N(log.Helpful)}, 👎 {N(log.NotHelpful)}.");
            lines.Add($"Refused questions answerable after a re-check: {N(log.NowAnswerable)}.");
        }
        else
        {
            lines.Add($"Questions: the log cannot be read now ({logProblem}).");
        }

        lines.Add($"Log: {N(health.Waiting)} entries waiting to be written, {N(health.Lost)} lost since start.");
        return string.Join("\n", lines);
    }

    private static string N(long value) => value.ToString("N0", CultureInfo.InvariantCulture);

    private static string Age(TimeSpan age) => age switch
    {
        { TotalMinutes: < 1 } => "less than a minute",
        { TotalHours: < 1 } => $"{(int)age.TotalMinutes} min",
        { TotalDays: < 2 } => $"{(int)age.TotalHours} h",
        _ => $"{(int)age.TotalDays} days",
    };
}
