using KforBot.Corpus;
using KforBot.Search;

namespace KforBot.Formatting;

/// <summary>
/// The per-file report of a reindex or a corpus check, as lines for a person: the corpus and how many files were
/// read, one line for each file that gave articles, one for each problem (skipped file or warning), then the outcome.
/// The same text for the <c>reindex</c> and <c>corpus check</c> commands and the operators' <c>/reindex</c>.
/// </summary>
internal static class ReindexReportText
{
    public static IReadOnlyList<string> Lines(ReindexReport report, string corpus)
    {
        var lines = report.CorpusRead
            ? Files(corpus, report.FilesRead, report.ArticlesPerFile, report.Problems)
            : [$"Corpus: {corpus} (no article read)", .. report.Problems.Select(Line)];
        lines.Add(report.Succeeded
            ? $"Indexed {report.ArticlesIndexed} articles ({report.PassagesIndexed} passages) in {report.Elapsed.TotalSeconds:F1} s into {report.IndexPath}."
            : $"Reindex failed: {report.Failure}.");
        return lines;
    }

    /// <summary>The corpus line and one line per file that gave articles or had a problem, and synonyms.txt's, which the count includes.</summary>
    public static List<string> Files(string corpus, int filesRead, IReadOnlyDictionary<string, int> articlesPerFile, IReadOnlyList<CorpusProblem> problems)
    {
        var lines = new List<string> { $"Corpus: {corpus} ({filesRead} files)" };
        foreach (var (file, count) in articlesPerFile.OrderBy(pair => pair.Key, StringComparer.Ordinal))
        {
            lines.Add($"  ok       {Path.GetFileName(file)}: {count} article{(count == 1 ? string.Empty : "s")}");
        }

        var synonyms = Path.Combine(corpus, CorpusLoader.SynonymsFileName);
        if (filesRead > 0 && File.Exists(synonyms) && !problems.Any(p => p.Path == synonyms))
        {
            lines.Add($"  ok       {CorpusLoader.SynonymsFileName}: synonym rules");
        }

        lines.AddRange(problems.Select(Line));
        return lines;
    }

    private static string Line(CorpusProblem problem)
    {
        var where = problem.Line is { } line ? $"{Path.GetFileName(problem.Path)}:{line}" : Path.GetFileName(problem.Path);
        return $"  {(problem.Skipped ? "skipped" : "warning"),-8} {where}: {problem.Message}";
    }
}
