using System.Text.RegularExpressions;
using KforBot.Cli;
using KforBot.Formatting;
using KforBot.Search;
using KforBot.Tests.Support;
using Spectre.Console;

namespace KforBot.Tests.Cli;

public sealed class ReindexProgressTests : FolderTest
{
    [Fact]
    public async Task Reindex_WithRedirectedOutput_WritesThePlainProgressLines_WithoutTerminalCodes()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index"));

        Assert.Equal(0, exitCode);
        var progress = error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).Where(l => l.StartsWith("Indexing:", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(progress);
        Assert.All(progress, line => Assert.Matches(@"^Indexing: \d+/5 articles, \d+ passages \(\d+%\)$", line));
        Assert.Equal("100%)", progress[^1][^5..]);
        Assert.DoesNotContain('\u001b', error);
        Assert.DoesNotContain('\r', error.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Bars_OnATerminal_ShowReadingPassagesAndEmbeddings_AndEndFull()
    {
        var output = new StringWriter();
        var console = Terminal(output);
        var report = new ReindexReport(true, null, 2, 2, 30, [], TimeSpan.FromSeconds(1), "index") { PassagesEmbedded = 20 };

        var returned = await ReindexProgressBars.RunAsync(console, progress =>
        {
            progress.Report(new ReindexProgress(1, 2, 14) { PassagesEmbedded = 8 });
            progress.Report(new ReindexProgress(2, 2, 30) { PassagesEmbedded = 16 });
            return Task.FromResult(report);
        });

        Assert.Same(report, returned);
        var text = WithoutTerminalCodes(output);
        Assert.Contains("Reading", text, StringComparison.Ordinal);
        Assert.Contains("2/2 articles", text, StringComparison.Ordinal);
        Assert.Contains("30 passages", text, StringComparison.Ordinal);
        Assert.Contains("Embeddings (10 from the cache)", text, StringComparison.Ordinal);
        Assert.Contains("20 passages", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bars_Rates_ComeFromTheTimeTheStageRan_NotFromTheGapBetweenTwoQuickReports()
    {
        var output = new StringWriter();
        var console = Terminal(output);
        var report = new ReindexReport(true, null, 2, 2, 100_010, [], TimeSpan.FromSeconds(1), "index") { PassagesEmbedded = 100_010 };

        await ReindexProgressBars.RunAsync(console, async progress =>
        {
            // One long article takes the first second, then a short one follows at once.
            await Task.Delay(TimeSpan.FromSeconds(1));
            progress.Report(new ReindexProgress(1, 2, 100_000) { PassagesEmbedded = 100_000 });
            progress.Report(new ReindexProgress(2, 2, 100_010) { PassagesEmbedded = 100_010 });
            return report;
        });

        var text = WithoutTerminalCodes(output);
        var rates = Regex.Matches(text, @"([0-9,]+) passages/s").Select(m => double.Parse(m.Groups[1].Value.Replace(",", string.Empty, StringComparison.Ordinal), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.NotEmpty(rates);
        Assert.All(rates, rate => Assert.True(rate < 150_000, $"{rate:N0} passages/s shown for 100,010 passages in about a second"));
    }

    [Fact]
    public void PlainLines_AnEstimatedTotal_ReadsAsOne()
    {
        var error = new StringWriter();

        new ReindexProgressWriter(error).Report(new ReindexProgress(120, 5_000, 900) { ArticlesTotalIsEstimate = true });

        Assert.StartsWith("Indexing: 120/~5000 articles, 900 passages (2%)", error.ToString().TrimStart('\r'), StringComparison.Ordinal);
    }

    private static IAnsiConsole Terminal(StringWriter output) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Ansi = AnsiSupport.Yes,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.Yes,
        Out = new AnsiConsoleOutput(output),
    });

    /// <summary>The frames drawn, without the terminal's cursor and colour codes, spaces collapsed.</summary>
    private static string WithoutTerminalCodes(StringWriter output) =>
        Regex.Replace(Regex.Replace(output.ToString(), @"\u001b\[[0-9;?]*[A-Za-z]", " "), @"\s+", " ");
}
