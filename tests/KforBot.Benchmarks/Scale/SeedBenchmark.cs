using System.Globalization;
using System.Text.RegularExpressions;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Speed on the seed corpus with the real model, as an operator and a user meet it: <c>reindex</c> from nothing
/// (the model embeds every passage) and again when no passage changed (every vector from the cache), each a whole
/// process; then a bot process (<c>ask --json --batch</c>) asked the fixed questions one at a time (each answer
/// embeds its question) and all at once. <c>--runs</c> times (default 3), medians. Other arguments:
/// <c>--seed DIR</c>, <c>--work DIR</c>, <c>--questions N</c> to time only the first N questions (the smoke test).
/// </summary>
internal sealed partial class SeedBenchmark : IBenchmark
{
    public string Name => "seed";

    public string Description => "seed corpus with the real model: reindex from nothing and unchanged, answer p50/p99, questions/s, start to first answer";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var runs = Math.Max(1, arguments.Number("--runs", 3));
        var questions = Math.Clamp(arguments.Number("--questions", NewsQuestions.Timed.Count), 1, NewsQuestions.Timed.Count);
        var seed = Path.GetFullPath(arguments.Text("--seed", RepositoryLayout.SeedCorpus));
        await output.WriteLineAsync($"Machine: {MachineDescription.Describe()}").ConfigureAwait(false);
        using var scratch = new ScratchFolder(arguments.WorkDirectory);
        var index = scratch.Combine("index");
        var location = new[] { "--corpus", seed, "--index", index };

        var (fromNothing, unchanged) = (new List<double>(), new List<double>());
        var indexed = string.Empty;
        for (var i = 0; i < runs; i++)
        {
            if (Directory.Exists(index))
            {
                Directory.Delete(index, recursive: true);
            }

            foreach (var times in new[] { fromNothing, unchanged })
            {
                var reindex = await BotProcess.RunAsync(["reindex", .. location], string.Empty, cancellationToken).ConfigureAwait(false);
                if (reindex.ExitCode != 0)
                {
                    await output.WriteLineAsync($"reindex failed ({reindex.ExitCode}): {reindex.Errors}{reindex.Output}").ConfigureAwait(false);
                    return 1;
                }

                times.Add(reindex.Elapsed.TotalSeconds);
                indexed = IndexedLine().Match(reindex.Output).Value;
            }
        }

        var sessions = new List<BotSession>();
        for (var i = 0; i < runs; i++)
        {
            sessions.Add(await BotSession.RunAsync(() => BotProcess.Start(["ask", "--json", "--batch", .. location]), questions, cancellationToken).ConfigureAwait(false));
        }

        var table = new TextTable("measure (seed corpus, real model)", "median", "runs", "goal");
        Row(table, "reindex from nothing, whole process (s)", fromNothing, 2, "<= 30");
        Row(table, "reindex when no passage changed, whole process (s)", unchanged, 2, "<= 3");
        Row(table, "answer p50, question embedding included (ms)", sessions.Select(s => s.P50Milliseconds).ToList(), 1, "<= 30");
        Row(table, "answer p99, question embedding included (ms)", sessions.Select(s => s.P99Milliseconds).ToList(), 1, "<= 60");
        Row(table, "questions/s through ask --json --batch", sessions.Select(s => s.QuestionsPerSecond).ToList(), 1, ">= 60");
        Row(table, "start to first answer, existing index (ms)", sessions.Select(s => s.ReadyMilliseconds).ToList(), 0, "<= 2000");
        Row(table, "bot peak RSS (MB)", sessions.Select(s => s.PeakRss / 1048576.0).ToList(), 0, string.Empty);

        await output.WriteLineAsync($"{indexed} (last reindex's own report)").ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteAsync(table.ToString()).ConfigureAwait(false);
        await output.WriteLineAsync().ConfigureAwait(false);
        await output.WriteLineAsync($"Reindex times run from process start to exit. Latency is one question's round trip through `ask --json --batch` ({questions} questions after {NewsQuestions.WarmUp.Count} untimed); questions/s sends the same {questions} at once.").ConfigureAwait(false);
        return 0;
    }

    private static void Row(TextTable table, string name, List<double> values, int decimals, string goal) =>
        table.Add(name, ScaleReport.F(Statistics.Median(values), decimals), string.Join(", ", values.Select(v => ScaleReport.F(v, decimals))), goal);

    [GeneratedRegex(@"Indexed \d+ articles \(\d+ passages\) in [0-9.]+ s")]
    private static partial Regex IndexedLine();
}
