using KforBot.Tests.Cli;
using KforBot.Tests.Support;

namespace KforBot.Tests.Moderation;

public sealed class ModeratorsCommandTests
{
    [Fact]
    public async Task Moderators_AddListResetRemove_WithThePasswordFromStandardInput()
    {
        using var folder = new TempFolder();
        var added = await RunAsync(folder, "correct horse battery\n", "add", "maria");
        var again = await RunAsync(folder, "another long password\n", "add", "maria");
        var listed = await RunAsync(folder, string.Empty, "list");
        var reset = await RunAsync(folder, "a brand new password\n", "reset-password", "maria");
        var removed = await RunAsync(folder, string.Empty, "remove", "maria");
        var missing = await RunAsync(folder, string.Empty, "remove", "maria");

        Assert.Equal((0, "Moderator 'maria' added."), (added.ExitCode, added.Output.Trim()));
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("There is already a moderator 'maria'", again.Error);
        Assert.StartsWith("maria ", listed.Output);
        Assert.Contains("1 moderator(s).", listed.Output);
        Assert.Equal(0, reset.ExitCode);
        Assert.Equal(0, removed.ExitCode);
        Assert.Contains("There is no moderator 'maria'", missing.Error);
        Assert.DoesNotContain("correct horse battery", await File.ReadAllTextAsync(folder.Combine("moderators.db")));
    }

    [Theory]
    [InlineData("short\n", "at least 12 characters")]
    [InlineData("", "No password was given")]
    public async Task Add_WithAShortOrMissingPassword_IsRefusedAndAddsNobody(string input, string message)
    {
        using var folder = new TempFolder();

        var result = await RunAsync(folder, input, "add", "maria");
        var listed = await RunAsync(folder, string.Empty, "list");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(message, result.Error);
        Assert.Contains("No moderator yet", listed.Output);
    }

    [Fact]
    public async Task Add_WithABadName_SaysWhatANameMayHold()
    {
        using var folder = new TempFolder();

        var result = await RunAsync(folder, "correct horse battery\n", "add", "<maria>");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("A moderator's name is 1 to 64 letters", result.Error);
    }

    private static Task<(int ExitCode, string Output, string Error)> RunAsync(TempFolder folder, string input, params string[] args) =>
        CliRunner.RunAsync(input, ["moderators", .. args, "--accounts", folder.Combine("moderators.db")]);
}
