using System.CommandLine;
using KforBot.Corpus;
using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// <c>reindex [--corpus DIR]</c> rebuilds the index with progress and a report for every file. Exit code 0
/// when at least one article was indexed; otherwise 1, with the reasons, and the previous index unchanged. A folder
/// that cannot take the index is said so before anything is read.
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
                var builder = services.GetRequiredService<IIndexBuilder>();
                var report = await builder.BuildAsync(corpus, new ReindexProgressWriter(context.Error), ct).ConfigureAwait(false);
                await context.Output.WriteAsync(Describe(report, corpus)).ConfigureAwait(false);
                return report.Succeeded && report.ArticlesIndexed > 0 ? 0 : CommandRunner.ExitFailure;
            },
            cancellationToken));
        return command;
    }

    internal static string Describe(ReindexReport report, string corpus)
    {
        var text = new System.Text.StringBuilder();
        text.AppendLine($"Corpus: {corpus} ({report.FilesRead} files)");
        foreach (var (file, count) in report.ArticlesPerFile.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            text.AppendLine($"  ok       {Path.GetFileName(file)}: {count} article{(count == 1 ? string.Empty : "s")}");
        }

        foreach (var problem in report.Problems)
        {
            var where = problem.Line is { } line ? $"{Path.GetFileName(problem.Path)}:{line}" : Path.GetFileName(problem.Path);
            text.AppendLine($"  {(problem.Skipped ? "skipped" : "warning"),-8} {where}: {problem.Message}");
        }

        text.AppendLine(report.Succeeded
            ? $"Indexed {report.ArticlesIndexed} articles ({report.PassagesIndexed} passages) in {report.Elapsed.TotalSeconds:F1} s into {report.IndexPath}."
            : $"Reindex failed: {report.Failure}.");
        return text.ToString();
    }
}
