using System.CommandLine;
using KforBot.Log;
using KforBot.Log.Output;
using KforBot.Log.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary>
/// <c>logs list [--json]</c>: entries newest first, as a table or one JSON object a line; <c>logs export --format
/// csv|jsonl</c>: the same entries, every field, to standard output.
/// </summary>
internal static class LogsListCommand
{
    public static Command CreateList(CliContext context, SharedOptions shared, Option<string?> log, LogFilterOptions filters)
    {
        var json = new Option<bool>("--json") { Description = "One JSON object per entry, on one line." };
        var command = new Command("list", "List the logged questions, newest first.") { json };
        filters.AddTo(command);
        command.SetAction((parse, cancellationToken) => LogsCommand.RunAsync(context, shared, log, parse, async (services, ct) =>
        {
            var entries = services.GetRequiredService<InteractionQueries>().ListAsync(filters.Read(parse), ct);
            if (parse.GetValue(json))
            {
                await WriteLinesAsync(context.Output, entries, EntryJson.Serialize, ct).ConfigureAwait(false);
                return 0;
            }

            await context.Output.WriteLineAsync(EntryText.TableHeader).ConfigureAwait(false);
            var (count, answerable) = (0, false);
            await foreach (var entry in entries.ConfigureAwait(false))
            {
                count++;
                answerable |= entry.NowAnswerable is not null;
                await context.Output.WriteLineAsync(EntryText.TableRow(entry)).ConfigureAwait(false);
            }

            await context.Output.WriteLineAsync(count == 0 ? "No entry matches." : $"{count} entries.").ConfigureAwait(false);
            if (answerable)
            {
                await context.Output.WriteLineAsync("refused*: refused when asked, answerable since a reindex.").ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    public static Command CreateExport(CliContext context, SharedOptions shared, Option<string?> log, LogFilterOptions filters)
    {
        var format = new Option<string>("--format") { Description = "csv or jsonl.", Required = true };
        format.AcceptOnlyFromAmong("csv", "jsonl");
        var command = new Command("export", "Write the logged questions, every field, to standard output.") { format };
        filters.AddTo(command);
        command.SetAction((parse, cancellationToken) => LogsCommand.RunAsync(context, shared, log, parse, async (services, ct) =>
        {
            var entries = services.GetRequiredService<InteractionQueries>().ListAsync(filters.Read(parse), ct);
            if (parse.GetValue(format) == "csv")
            {
                await context.Output.WriteLineAsync(EntryCsv.Header).ConfigureAwait(false);
                await WriteLinesAsync(context.Output, entries, EntryCsv.Line, ct).ConfigureAwait(false);
            }
            else
            {
                await WriteLinesAsync(context.Output, entries, EntryJson.Serialize, ct).ConfigureAwait(false);
            }

            return 0;
        }, cancellationToken));
        return command;
    }

    private static async Task WriteLinesAsync(TextWriter output, IAsyncEnumerable<InteractionEntry> entries, Func<InteractionEntry, string> line, CancellationToken cancellationToken)
    {
        await foreach (var entry in entries.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            await output.WriteLineAsync(line(entry)).ConfigureAwait(false);
        }

        await output.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
