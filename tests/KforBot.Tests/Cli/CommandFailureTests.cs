using System.Runtime.Versioning;
using KforBot.Cli;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

/// <summary>A command that fails says so in one clear line and exits with 1; the stack trace comes only at Debug.</summary>
public sealed class CommandFailureTests : FolderTest
{
    private const string StackFrame = "   at ";

    [Theory]
    [InlineData("reindex")]
    [InlineData("ask", "What is KFOR?")]
    [UnsupportedOSPlatform("windows")]
    public async Task Command_IndexInAFolderThatIsNotWritable_SaysSoInPlainWords(params string[] command)
    {
        var folder = Folder.ReadOnlyFolder();
        var index = Path.Combine(folder, "index");

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, [.. command, "--corpus", RepositoryPaths.Corpus, "--index", index]);

        Assert.Equal(1, exitCode);
        Assert.Equal($"The folder '{folder}' is not writable, so the index '{index}' cannot be written there. Make the folder writable, or give another place with --index (setting Index:Path).", error.Trim());
        Assert.DoesNotContain("unable to open database file", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Guard_UnexpectedFailure_PrintsOneLineAndExitsOne()
    {
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(string.Empty), new StringWriter(), error);

        var exitCode = await CommandRunner.GuardAsync(
            context,
            new SharedSettings(null, Folder.Combine("index")),
            () => throw new IOException("No space left on device : '/data/index/generations'"),
            CancellationToken.None);

        Assert.Equal(1, exitCode);
        Assert.Equal("The command failed: No space left on device : '/data/index/generations'." + Environment.NewLine, error.ToString());
    }

    [Fact]
    public async Task Reindex_IndexBelowAFile_AsAProcess_ReportsTheFailureWithoutAStackTrace()
    {
        var (exitCode, output, error) = await RunReindexBelowAFileAsync(debug: false);

        Assert.Equal(1, exitCode);
        Assert.Contains("Reindex failed: the index folder", output, StringComparison.Ordinal);
        Assert.Contains("cannot be created", output, StringComparison.Ordinal);
        Assert.DoesNotContain(StackFrame, output + error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_IndexBelowAFile_AsAProcessAtDebugLevel_AlsoPrintsTheStackTrace()
    {
        var (exitCode, _, error) = await RunReindexBelowAFileAsync(debug: true);

        Assert.Equal(1, exitCode);
        Assert.Contains(StackFrame, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_UnreadableSettingsFile_AsAProcess_SaysWhichFileInOneLine()
    {
        Folder.Write("appsettings.json", "{ not json");
        using var process = BotProcess.Start(Folder.Path, ["ask", "What is KFOR?", "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index")]);
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(1, process.ExitCode);
        Assert.StartsWith($"The command failed: Failed to load configuration from file '{Folder.Combine("appsettings.json")}'", error, StringComparison.Ordinal);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    private async Task<(int ExitCode, string Output, string Error)> RunReindexBelowAFileAsync(bool debug)
    {
        var directory = Path.Combine(Folder.Write("a-file", "not a folder"), "index");
        var environment = debug ? new Dictionary<string, string> { ["Logging__LogLevel__Default"] = "Debug" } : null;
        using var process = BotProcess.Start(Folder.Path, ["reindex", "--corpus", RepositoryPaths.Corpus, "--index", directory], environment);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
