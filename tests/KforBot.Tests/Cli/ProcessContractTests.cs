using System.Diagnostics;
using System.Text.Json;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

/// <summary>Runs the real executable as a separate process, the way the scorer does.</summary>
public sealed class ProcessContractTests : FolderTest
{
    [Fact]
    public async Task Ask_RecordsInTheInteractionLogOnlyWhenGivenLog()
    {
        var unlogged = await RunAsync("", "ask", "What is KFOR?");
        Assert.Equal(0, unlogged.ExitCode);
        Assert.False(Directory.Exists(Folder.Combine("data")), "ask without --log made the data folder");

        var logged = await RunAsync("", "ask", "--log", "What is KFOR?");
        var list = await RunAsync("", "logs", "list", "--json");

        Assert.Equal(0, logged.ExitCode);
        Assert.True(File.Exists(Folder.Combine("data", "log.db")));
        var entry = JsonDocument.Parse(Assert.Single(list.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal(("What is KFOR?", "console"), (entry.GetProperty("question").GetString(), entry.GetProperty("channel").GetString()));
        Assert.Equal("ask", entry.GetProperty("chatType").GetString());
    }

    [Fact]
    public async Task AskJsonBatch_AsAProcess_StandardOutputCarriesOnlyJsonLinesAndLogsGoToStandardError()
    {
        var (exitCode, output, error) = await RunAsync("What is KFOR?\nKosova\u0000KFOR\n   \nthanks!\n", "ask", "--json", "--batch");

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        Assert.Contains("Index built", error, StringComparison.Ordinal);
    }

    /// <summary>Runs the executable in the test's folder (so data/ is made there) on the seed corpus.</summary>
    private async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Folder.Path,
        };
        foreach (var argument in (string[])[Path.Combine(AppContext.BaseDirectory, "KforBot.dll"), .. args, "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index")])
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.StandardInput.WriteAsync(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
