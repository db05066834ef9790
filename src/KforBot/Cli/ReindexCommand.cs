using System.CommandLine;
using KforBot.Corpus;
using KforBot.Formatting;
using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// <c>reindex [--corpus DIR]</c> rebuilds the index with progress (bars on a terminal, plain lines otherwise) and a
/// report for every file. Exit code 0
/// when at least one article was indexed; otherwise 1, with the reasons, and the previous index unchanged; 130 when
/// Ctrl+C, SIGINT or SIGTERM stopped it (nothing published). A folder that cannot take the index is said so before
/// anything is read.
/// </summary>
internal static class ReindexCommand
{
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var command = new Command("reindex", "Rebuild the index from the corpus folder and swap it in atomically.");
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                var indexPath = services.GetRequiredService<IOptions<IndexOptions>>().Value.Path;
                if (IndexLocation.FindProblem(indexPath) is { } problem)
                {
                    await context.Error.WriteLineAsync(problem).ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }

                var corpus = services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolveDirectory();

                // Only a folder named on this command line replaces an index built from another one.
                var (summary, _) = await services.GetRequiredService<IPassageIndex>().TryGetSummaryAsync(ct).ConfigureAwait(false);
                if (shared.Read(parse).CorpusDirectory is null && summary is not null && summary.IsFromAnotherCorpus(corpus))
                {
                    await context.Error.WriteLineAsync(IndexFreshness.OtherCorpus(indexPath, summary.CorpusDirectory!, corpus)).ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }

                var builder = services.GetRequiredService<IIndexBuilder>();
                ReindexReport report;
                try
                {
                    report = await ReindexProgressBars.RunAsync(context.Error, progress => builder.BuildAsync(corpus, progress, ct)).ConfigureAwait(false);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    await context.Error.WriteLineAsync($"Reindex cancelled: nothing was published; the index at '{indexPath}' is as it was.").ConfigureAwait(false);
                    return CommandRunner.ExitCancelled;
                }

                await context.Output.WriteAsync(string.Concat(ReindexReportText.Lines(report, corpus).Select(line => line + Environment.NewLine))).ConfigureAwait(false);
                return report.Succeeded && report.ArticlesIndexed > 0 ? 0 : CommandRunner.ExitFailure;
            },
            cancellationToken));
        return command;
    }
}
