using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using KforBot.Log;
using KforBot.Log.Storage;

namespace KforBot.Cli;

/// <summary>The filters of <c>logs list</c> and <c>logs export</c>: <c>--refused --feedback --status --since --limit</c>.</summary>
internal sealed class LogFilterOptions
{
    public Option<bool> Refused { get; } = new("--refused") { Description = "Only questions the bot refused." };

    public Option<string?> Feedback { get; } = Choice("--feedback", "Only entries with this feedback.", "up", "down");

    public Option<string?> Status { get; } = Choice("--status", "Only entries with this moderator status.", "new", "reviewed", "flagged");

    public Option<string?> Since { get; } = new("--since") { Description = "Only entries from this day on (UTC), as YYYY-MM-DD." };

    public Option<int?> Limit { get; } = new("--limit") { Description = "At most this many entries, newest first." };

    public void AddTo(Command command)
    {
        command.Options.Add(Refused);
        command.Options.Add(Feedback);
        command.Options.Add(Status);
        command.Options.Add(Since);
        command.Options.Add(Limit);
        command.Validators.Add(Validate);
    }

    public InteractionFilter Read(ParseResult parse) => new(
        parse.GetValue(Refused),
        LogNames.FeedbackOf(parse.GetValue(Feedback)),
        parse.GetValue(Status) is { } status ? LogNames.Status(status) : null,
        ParseDay(parse.GetValue(Since)),
        parse.GetValue(Limit));

    /// <summary>A day as YYYY-MM-DD, as the start of that day in UTC; null when absent.</summary>
    public static DateTimeOffset? ParseDay(string? day) =>
        day is not null && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
            : null;

    public static void ValidateDay(CommandResult result, Option<string?> option)
    {
        if (result.GetValue(option) is { } day && ParseDay(day) is null)
        {
            result.AddError($"{option.Name} must be a date as YYYY-MM-DD, e.g. 2025-03-10 (got '{day}').");
        }
    }

    private void Validate(CommandResult result)
    {
        ValidateDay(result, Since);
        if (result.GetValue(Limit) is < 1)
        {
            result.AddError("--limit must be at least 1.");
        }
    }

    private static Option<string?> Choice(string name, string description, params string[] values)
    {
        var option = new Option<string?>(name) { Description = $"{description} ({string.Join(", ", values)})" };
        option.AcceptOnlyFromAmong(values);
        return option;
    }
}
