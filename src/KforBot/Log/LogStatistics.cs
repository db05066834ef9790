namespace KforBot.Log;

/// <summary>Counts over the interaction log, for the operators' <c>/stats</c>.</summary>
/// <param name="QuestionsToday">Entries recorded since midnight UTC.</param>
/// <param name="RefusedToday">Of those, the refusals.</param>
/// <param name="Helpful">Entries with 👍 (all kept entries, within <c>Log:RetentionDays</c>).</param>
/// <param name="NotHelpful">Entries with 👎.</param>
/// <param name="NowAnswerable">Refusals a re-check after a reindex has since answered.</param>
internal sealed record LogStatistics(long QuestionsToday, long RefusedToday, long Helpful, long NotHelpful, long NowAnswerable);
