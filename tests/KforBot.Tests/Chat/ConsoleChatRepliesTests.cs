using KforBot.Chat;
using KforBot.Cli;
using KforBot.Conversation;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Chat;

/// <summary>What the console chat says to commands, thanks, long lines and claims, and what it records.</summary>
public sealed class ConsoleChatRepliesTests(TempFolder shared) : FolderTest, IClassFixture<TempFolder>
{
    [Fact]
    public async Task Commands_PrivacyAsInTelegram_UnknownOnesSaySo_AndNoneIsRecordedAsAQuestion()
    {
        var (output, error, questions) = await ChatAsync("/privacy\n/foo\n/settings\n/ask Who is Kadri Kastrati?\n");

        Assert.Contains("What I keep when you ask me something:", output, StringComparison.Ordinal);
        Assert.Contains("Unknown command “/foo”, try /help.", output, StringComparison.Ordinal);
        Assert.Contains("Unknown command “/settings”, try /help.", output, StringComparison.Ordinal);
        Assert.DoesNotContain("mentions “privacy”", output, StringComparison.Ordinal);
        Assert.Equal(["Who is Kadri Kastrati?"], questions);
        Assert.DoesNotContain("Answering from index generation", error + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThankYou_GetsYoureWelcomeAndTheHelpHint_NotTheGreeting()
    {
        var (output, _, _) = await ChatAsync("thanks!!\n");

        Assert.Contains("You're welcome! Type a question", output, StringComparison.Ordinal);
        Assert.DoesNotContain("Hello", output[output.IndexOf("You're welcome", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task MoreGoodAndBad_ActOnTheLastAnswer_AsTelegramsButtons()
    {
        var (output, error, _) = await ChatAsync("/good\nHow many American soldiers are in Kosovo?\n/more\n/bad\n");

        Assert.Contains(ConsoleReplies.NothingAskedYet, output, StringComparison.Ordinal);
        Assert.True(output.Contains(Replies.MoreLead, StringComparison.Ordinal) || output.Contains(Replies.NoMorePassages, StringComparison.Ordinal), output);
        Assert.Contains(Replies.ThanksNotHelpful, output, StringComparison.Ordinal);
        using var database = new LogDatabase(Options.Create(new LogOptions { Path = Folder.Combine("log.db") }));
        var feedback = new List<Feedback?>();
        await foreach (var entry in new InteractionQueries(database).ListAsync(new InteractionFilter(), CancellationToken.None))
        {
            feedback.Add(entry.Feedback);
        }

        Assert.True(feedback.SequenceEqual([Feedback.Down]), error);
    }

    [Fact]
    public async Task MoreAlone_IsTheMoreCommand_AndIsNeverRecordedAsAQuestion()
    {
        var (output, _, questions) = await ChatAsync("More\nHow many American soldiers are in Kosovo?\nmore!\n");

        Assert.Contains(ConsoleReplies.NothingAskedYet, output, StringComparison.Ordinal);
        Assert.True(output.Contains(Replies.MoreLead, StringComparison.Ordinal) || output.Contains(Replies.NoMorePassages, StringComparison.Ordinal), output);
        Assert.DoesNotContain("nothing in your message I can look up", output, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["How many American soldiers are in Kosovo?"], questions);
    }

    [Fact]
    public async Task ALineOverTheLimit_IsAnsweredSayingItWasShortened()
    {
        var line = "How many American soldiers are in Kosovo? " + new string('x', 5000);

        var (output, _, _) = await ChatAsync(line + "\n");

        Assert.Contains("Your message was 5,042 characters long, more than I read at once: I read only its first 2,000 characters.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APastedClaim_IsFramedAsOnTelegram()
    {
        var (output, _, _) = await ChatAsync("I read that the US is pulling all troops out of Kosovo next month, true?\n");

        Assert.Contains("Here is what my sources say about this:", output, StringComparison.Ordinal);
    }

    /// <summary>Runs the chat on <paramref name="input"/> over the class's index; returns its streams and the questions the log recorded.</summary>
    private async Task<(string Output, string Error, List<string> Questions)> ChatAsync(string input)
    {
        var logPath = Folder.Combine("log.db");
        using var output = new StringWriter();
        using var error = new StringWriter();
        var settings = new SharedSettings(RepositoryPaths.Corpus, shared.Combine("index")) { LogPath = logPath };

        var exitCode = await RunBotCommand.RunAsync(new CliContext(new StringReader(input), output, error), settings, CancellationToken.None);

        Assert.True(exitCode == 0, error.ToString());
        using var database = new LogDatabase(Options.Create(new LogOptions { Path = logPath }));
        var questions = new List<string>();
        await foreach (var entry in new InteractionQueries(database).ListAsync(new InteractionFilter(), CancellationToken.None))
        {
            questions.Add(entry.Question);
        }

        return (output.ToString(), error.ToString(), questions);
    }
}
