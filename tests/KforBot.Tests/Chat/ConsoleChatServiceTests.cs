using KforBot.Tests.Cli;
using KforBot.Tests.Support;

namespace KforBot.Tests.Chat;

public sealed class ConsoleChatServiceTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Run_NoToken_ChatsOnTheConsoleUntilEndOfInput()
    {
        var input = "Who is Kadri Kastrati?\n/sources\nWhat did Albin Kurti say?\nthanks\n";

        var (exitCode, output, _) = await CliRunner.RunAsync(input, "--corpus", RepositoryPaths.Corpus, "--index", _folder.Combine("i.db"));

        Assert.Equal(0, exitCode);
        Assert.StartsWith("I answer questions about KFOR", output, StringComparison.Ordinal);
        Assert.Contains("Former commander of the Kosovo Security Force", output, StringComparison.Ordinal);
        Assert.Contains("I quote from these 5 articles:", output, StringComparison.Ordinal);
        Assert.Contains("None of my 5 articles mentions “Albin Kurti”.", output, StringComparison.Ordinal);
        Assert.Contains("Hello!", output, StringComparison.Ordinal);
    }
}
