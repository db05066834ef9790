using System.Collections.Concurrent;
using System.Globalization;
using KforBot.Formatting;
using KforBot.Search;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace KforBot.Cli;

/// <summary>
/// Reindex progress for a person at a terminal: Spectre.Console bars on standard error for reading articles, cutting
/// passages and embedding them, with the rate and the time left. When standard error is redirected (a log file, a
/// pipe, the tests), the plain lines of <see cref="ReindexProgressWriter"/> instead, unchanged, so scripts keep
/// reading them.
/// </summary>
internal static class ReindexProgressBars
{
    public static Task<ReindexReport> RunAsync(TextWriter error, Func<IProgress<ReindexProgress>, Task<ReindexReport>> build) =>
        Console.IsErrorRedirected
            ? build(new ReindexProgressWriter(error))
            : RunAsync(AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) }), build);

    /// <summary>Runs <paramref name="build"/> under bars drawn on <paramref name="console"/>.</summary>
    public static Task<ReindexReport> RunAsync(IAnsiConsole console, Func<IProgress<ReindexProgress>, Task<ReindexReport>> build)
    {
        var units = new ConcurrentDictionary<int, string>();
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new CountColumn(units), new RateColumn(units), new RemainingTimeColumn())
            .StartAsync(async context =>
            {
                var bars = new Bars(context, units);
                var report = await build(bars).ConfigureAwait(false);
                bars.Complete(report);
                return report;
            });
    }

    private sealed class Bars : IProgress<ReindexProgress>
    {
        private readonly ProgressTask _reading;
        private readonly ProgressTask _passages;
        private readonly ProgressTask _embeddings;

        public Bars(ProgressContext context, ConcurrentDictionary<int, string> units)
        {
            _reading = context.AddTask("Reading", maxValue: 1);
            _passages = context.AddTask("Passages", maxValue: 1);
            _embeddings = context.AddTask("Embeddings", maxValue: 1);
            units[_reading.Id] = "articles";
            units[_passages.Id] = "passages";
            units[_embeddings.Id] = "passages";
        }

        public void Report(ReindexProgress value)
        {
            _reading.MaxValue = Math.Max(value.ArticlesTotal, 1);
            _reading.Description = value.ArticlesTotalIsEstimate ? "Reading (total estimated)" : "Reading";
            _reading.Value = value.ArticlesDone;

            // The number of passages is known only at the end: it is estimated from the articles read so far, so
            // the bars and the time left settle as the reading goes on.
            var expected = value.ArticlesDone == 0 ? 1 : Math.Max(value.PassagesDone, (double)value.PassagesDone * value.ArticlesTotal / value.ArticlesDone);
            _passages.MaxValue = expected;
            _passages.Value = value.PassagesDone;
            _embeddings.MaxValue = expected;
            _embeddings.Value = value.PassagesEmbedded;
        }

        public void Complete(ReindexReport report)
        {
            Finish(_reading, report.ArticlesIndexed);
            Finish(_passages, report.PassagesIndexed);

            // Passages whose vectors came from the cache were never embedded: the bar ends full at what was.
            _embeddings.Description = report.PassagesIndexed > report.PassagesEmbedded
                ? $"Embeddings ({report.PassagesIndexed - report.PassagesEmbedded:N0} from the cache)"
                : "Embeddings";
            Finish(_embeddings, report.PassagesEmbedded);
        }

        private static void Finish(ProgressTask task, int total)
        {
            task.MaxValue = Math.Max(total, 1);
            task.Value = task.MaxValue;
            task.StopTask();
        }
    }

    /// <summary>How many so far: "3/5" articles, "1,234" passages (their total is an estimate until the end).</summary>
    private sealed class CountColumn(ConcurrentDictionary<int, string> units) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            var unit = units.GetValueOrDefault(task.Id, string.Empty);
            var done = task.Value.ToString("N0", CultureInfo.InvariantCulture);
            return new Text(unit == "articles" ? $"{done}/{task.MaxValue.ToString("N0", CultureInfo.InvariantCulture)} {unit}" : $"{done} {unit}");
        }
    }

    /// <summary>
    /// The rate, e.g. "850 passages/s": what the stage did over the time it has run. Spectre's own speed counts only
    /// the time between the first and the last update, so a first report after a long article (thousands of passages
    /// at once) followed by a few quick ones read as 145,000,000 passages/s.
    /// </summary>
    private sealed class RateColumn(ConcurrentDictionary<int, string> units) : ProgressColumn
    {
        public override IRenderable Render(RenderOptions options, ProgressTask task, TimeSpan deltaTime) =>
            new Text(task.ElapsedTime is { TotalSeconds: >= 0.5 } elapsed && task.Value > 0
                ? $"{(task.Value / elapsed.TotalSeconds).ToString("N0", CultureInfo.InvariantCulture)} {units.GetValueOrDefault(task.Id, string.Empty)}/s"
                : string.Empty);
    }
}
