using System.Text.Json;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

/// <summary>Runs the real executable as a separate process, the way the scorer does.</summary>
public sealed class ProcessContractTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task AskJsonBatch_AsAProcess_StandardOutputCarriesOnlyJsonLinesAndLogsGoToStandardError()
    {
        using var process = BotProcess.Start(_folder.Path, ["ask", "--json", "--batch", "--corpus", RepositoryPaths.Corpus, "--index", _folder.Combine("index.db")]);
        await process.StandardInput.WriteAsync("What is KFOR?\nKosova\u0000KFOR\n   \nthanks!\n");
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        var lines = (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.All(lines, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
        Assert.Contains("Index built", await error, StringComparison.Ordinal);
    }
}
