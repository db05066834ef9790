using System.CommandLine;
using KforBot.Log;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary><c>logs purge --older-than DAYS</c>: deletes older entries now, as retention does once a day.</summary>
internal static class LogsPurgeCommand
{
    public static Command Create(CliContext context, SharedOptions shared, Option<string?> log)
    {
        var olderThan = new Option<int>("--older-than") { Description = "Delete entries older than this many days.", Required = true };
        var command = new Command("purge", "Delete logged questions older than a number of days.") { olderThan };
        command.Validators.Add(result =>
        {
            if (result.GetValue(olderThan) < 1)
            {
                result.AddError("--older-than must be at least 1 day.");
            }
        });
        command.SetAction((parse, cancellationToken) => LogsCommand.RunAsync(context, shared, log, parse, async (services, ct) =>
        {
            var days = parse.GetValue(olderThan);
            var deleted = await services.GetRequiredService<LogRetention>().DeleteOlderThanAsync(days, ct).ConfigureAwait(false);
            await context.Output.WriteLineAsync($"Deleted {deleted} {(deleted == 1 ? "entry" : "entries")} older than {days} days.").ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
