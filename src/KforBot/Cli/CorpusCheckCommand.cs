using System.CommandLine;
using KforBot.Corpus;
using KforBot.Formatting;
using KforBot.Search.Lucene;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// <c>corpus check [--corpus DIR]</c> reads every corpus file as a reindex would, without touching the index, and
/// prints the same per-file report, synonyms.txt included. Exit code 1 when a file (or a line of a bundle) is skipped, or no article can be
/// read; warnings alone do not fail the check.
/// </summary>
internal static class CorpusCheckCommand
{
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var check = new Command("check", "Validate the corpus folder without indexing it: the per-file report, exit code 1 when a file is broken.");
        check.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                var corpus = services.GetRequiredService<IOptions<CorpusOptions>>().Value.ResolveDirectory();
                CorpusReading reading;
                try
                {
                    reading = services.GetRequiredService<CorpusLoader>().Open(corpus);
                }
                catch (DirectoryNotFoundException e)
                {
                    await context.Error.WriteLineAsync($"{e.Message} Set Corpus:Directory (or --corpus) to the folder of articles.").ConfigureAwait(false);
                    return CommandRunner.ExitFailure;
                }

                var articles = await Task.Run(() => reading.ReadArticles(ct).Count(), ct).ConfigureAwait(false);
                IReadOnlyList<CorpusProblem> problems = SynonymsFile.Check(corpus, reading.SynonymsText) is { } synonyms ? [.. reading.Problems, synonyms] : reading.Problems;
                var broken = problems.Where(p => p.Skipped).Select(p => p.Path).Distinct(StringComparer.Ordinal).Count();
                var lines = ReindexReportText.Files(corpus, reading.FilesRead, reading.ArticlesPerFile, problems);
                lines.Add(broken > 0
                    ? $"Checked: {articles} articles can be indexed; {broken} file{(broken == 1 ? " has" : "s have")} problems that skip articles (above)."
                    : articles > 0 ? $"Checked: {articles} articles can be indexed; no file is broken." : "Checked: no article can be read from this folder.");
                await context.Output.WriteAsync(string.Concat(lines.Select(line => line + Environment.NewLine))).ConfigureAwait(false);
                return broken == 0 && articles > 0 ? 0 : CommandRunner.ExitFailure;
            },
            cancellationToken));
        return new Command("corpus", "Work on the corpus folder.") { check };
    }
}
