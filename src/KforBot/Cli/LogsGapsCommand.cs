using System.CommandLine;
using KforBot.Log;
using KforBot.Log.Output;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary><c>logs gaps [--since DATE]</c>: refused questions grouped by the words no article covered, most frequent first.</summary>
internal static class LogsGapsCommand
{
    public static Command Create(CliContext context, SharedOptions shared, Option<string?> log)
    {
        var since = new Option<string?>("--since") { Description = "Only refusals from this day on (UTC), as YYYY-MM-DD." };
        var command = new Command("gaps", "Show which words refused questions asked for that no article covers: the articles that are missing.") { since };
        command.Validators.Add(result => LogFilterOptions.ValidateDay(result, since));
        command.SetAction((parse, cancellationToken) => LogsCommand.RunAsync(context, shared, log, parse, async (services, ct) =>
        {
            var gaps = await services.GetRequiredService<CorpusGaps>().FindAsync(LogFilterOptions.ParseDay(parse.GetValue(since)), ct).ConfigureAwait(false);
            if (gaps.Count == 0)
            {
                await context.Output.WriteLineAsync("No refused question names words that no article covers.").ConfigureAwait(false);
                return 0;
            }

            await context.Output.WriteLineAsync("questions  words no article covered").ConfigureAwait(false);
            foreach (var gap in gaps)
            {
                await context.Output.WriteAsync(EntryText.Gap(gap)).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        return command;
    }
}
