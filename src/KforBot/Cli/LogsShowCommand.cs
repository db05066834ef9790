using System.CommandLine;
using KforBot.Log.Output;
using KforBot.Log.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary><c>logs show ID</c>: one entry with every field.</summary>
internal static class LogsShowCommand
{
    public static Command Create(CliContext context, SharedOptions shared, Option<string?> log)
    {
        var id = new Argument<string>("id") { Description = "The entry's id, as logs list shows it." };
        var command = new Command("show", "Show one logged question with every field.") { id };
        command.SetAction((parse, cancellationToken) => LogsCommand.RunAsync(context, shared, log, parse, async (services, ct) =>
        {
            var entry = await services.GetRequiredService<InteractionQueries>().FindAsync(parse.GetValue(id)!, ct).ConfigureAwait(false);
            if (entry is null)
            {
                await context.Error.WriteLineAsync($"No entry has the id '{parse.GetValue(id)}' (it may have been deleted by retention or /forget).").ConfigureAwait(false);
                return CommandRunner.ExitFailure;
            }

            await context.Output.WriteAsync(EntryText.Details(entry)).ConfigureAwait(false);
            return 0;
        }, cancellationToken));
        return command;
    }
}
