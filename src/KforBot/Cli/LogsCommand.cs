using System.CommandLine;
using System.Data.Common;
using KforBot.Log;
using KforBot.Log.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary>
/// <c>logs list|show|export|purge|gaps</c>: the interaction log for operators and moderators, read from
/// <c>--log PATH</c> (default <c>Log:Path</c>, <c>data/log.db</c>). Safe while the bot runs: the log is in WAL mode.
/// </summary>
internal static class LogsCommand
{
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var log = new Option<string?>("--log") { Description = "The interaction log file (default: Log:Path, data/log.db).", Recursive = true };
        var filters = new LogFilterOptions();
        return new Command("logs", "Read and maintain the interaction log: every question the bot received and what it replied.")
        {
            log,
            LogsListCommand.CreateList(context, shared, log, filters),
            LogsListCommand.CreateExport(context, shared, log, filters),
            LogsShowCommand.Create(context, shared, log),
            LogsPurgeCommand.Create(context, shared, log),
            LogsGapsCommand.Create(context, shared, log),
        };
    }

    /// <summary>
    /// Runs a <c>logs</c> command against an existing log file: a missing file, a file of a newer version or one
    /// that cannot be read gives one plain line on standard error and exit code 1.
    /// </summary>
    public static Task<int> RunAsync(
        CliContext context,
        SharedOptions shared,
        Option<string?> log,
        ParseResult parse,
        Func<IServiceProvider, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken) =>
        CommandRunner.RunAsync(
            context,
            shared.Read(parse) with { LogPath = parse.GetValue(log) },
            async (services, ct) =>
            {
                var database = services.GetRequiredService<LogDatabase>();
                if (!database.Exists)
                {
                    await context.Error.WriteLineAsync($"There is no interaction log at '{database.Path}': the bot makes it when it records its first question. Give another file with --log PATH.").ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }

                try
                {
                    return await command(services, ct).ConfigureAwait(false);
                }
                catch (LogSchemaException e)
                {
                    await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }
                catch (DbException e)
                {
                    await context.Error.WriteLineAsync($"The interaction log '{database.Path}' cannot be read: {e.Message}").ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }
            },
            cancellationToken,
            builder => builder.Services.AddInteractionLogFile());
}
