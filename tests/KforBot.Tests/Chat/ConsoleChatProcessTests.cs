using System.Text;
using KforBot.Tests.Support;

namespace KforBot.Tests.Chat;

/// <summary>The console chat as a person runs it: the real program, its standard input left open.</summary>
public sealed class ConsoleChatProcessTests : FolderTest
{
    [Fact]
    public async Task CtrlC_AtTheIdlePrompt_StopsTheChatPromptlyAndCleanly()
    {
        using var process = BotProcess.Start(Folder.Path, ["--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index")]);
        try
        {
            var error = process.StandardError.ReadToEndAsync();
            await ReadUntilPromptAsync(process.StandardOutput);

            BotProcess.Interrupt(process);

            // The host gives its services 30 s to stop; a chat still blocked on the read would hold it that long.
            // Below that, the budget is generous: a busy machine (the whole suite on two cores) slows every exit.
            using var stopped = new CancellationTokenSource(TimeSpan.FromSeconds(25));
            try
            {
                await process.WaitForExitAsync(stopped.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                Assert.Fail("The chat was still running 25 s after Ctrl+C. Its standard error:\n" + await error);
            }

            Assert.Equal(0, process.ExitCode);
            Assert.DoesNotContain("Exception", await error, StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    private static async Task ReadUntilPromptAsync(StreamReader output)
    {
        using var patience = new CancellationTokenSource(TimeSpan.FromMinutes(4));
        var text = new StringBuilder();
        var buffer = new char[1024];
        while (!text.ToString().EndsWith("\n> ", StringComparison.Ordinal))
        {
            var read = await output.ReadAsync(buffer, patience.Token);
            Assert.True(read > 0, "The chat ended before its prompt: " + text);
            text.Append(buffer, 0, read);
        }
    }
}
