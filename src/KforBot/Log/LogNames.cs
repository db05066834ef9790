namespace KforBot.Log;

/// <summary>
/// How channels, feedback and statuses are written in the log file and on the command line (lower case, as the
/// <c>logs list --json</c> contract has them).
/// </summary>
internal static class LogNames
{
    public static string Of(LogChannel channel) => channel == LogChannel.Telegram ? "telegram" : "console";

    public static string Of(Feedback feedback) => feedback == Feedback.Up ? "up" : "down";

    public static string Of(ModerationStatus status) => status switch
    {
        ModerationStatus.Reviewed => "reviewed",
        ModerationStatus.Flagged => "flagged",
        _ => "new",
    };

    public static LogChannel Channel(string name) => name == "telegram" ? LogChannel.Telegram : LogChannel.Console;

    public static Feedback? FeedbackOf(string? name) => name switch
    {
        "up" => Feedback.Up,
        "down" => Feedback.Down,
        _ => null,
    };

    public static ModerationStatus? Status(string name) => name switch
    {
        "new" => ModerationStatus.New,
        "reviewed" => ModerationStatus.Reviewed,
        "flagged" => ModerationStatus.Flagged,
        _ => null,
    };
}
