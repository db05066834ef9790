using KforBot.Chat;
using KforBot.Cli;
using KforBot.Conversation;
using KforBot.Conversation.Operators;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Tests.Cli;
using KforBot.Tests.Support;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Chat;

public sealed class ConsoleChatServiceTests : FolderTest
{
    [Fact]
    public async Task Run_NoToken_ChatsOnTheConsoleUntilEndOfInput()
    {
        var input = "Who is Kadri Kastrati?\n/sources\nWhat did Albin Kurti say?\nthanks\n";

        var (exitCode, output, _) = await CliRunner.RunAsync(input, "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("i.db"));

        Assert.Equal(0, exitCode);
        Assert.StartsWith("I answer questions about KFOR", output, StringComparison.Ordinal);
        Assert.Contains("Former commander of the Kosovo Security Force", output, StringComparison.Ordinal);
        Assert.Contains("I quote from these 5 articles:", output, StringComparison.Ordinal);
        Assert.Contains("None of my 5 articles mentions “Albin Kurti”.", output, StringComparison.Ordinal);
        Assert.Contains("You're welcome!", output, StringComparison.Ordinal);
        Assert.DoesNotContain("info:", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forget_DeletesTheUsersQuestionsFromTheLog_AndStatsShowsTheFigures()
    {
        var (exitCode, text) = await ChatAsync("Who is Kadri Kastrati?\nWhat did Albin Kurti say?\n/stats\n/forget\n/good\n");

        Assert.Equal(0, exitCode);
        Assert.Contains("110 passages", text, StringComparison.Ordinal);
        Assert.Contains(Replies.Forgotten(2), text, StringComparison.Ordinal);
        Assert.EndsWith(ConsoleReplies.NothingAskedYet + Environment.NewLine + Environment.NewLine + "> " + Environment.NewLine, text, StringComparison.Ordinal);
        using var database = new LogDatabase(Options.Create(new LogOptions { Path = LogPath }));
        await foreach (var entry in new InteractionQueries(database).ListAsync(new InteractionFilter(), CancellationToken.None))
        {
            Assert.Fail($"“{entry.Question}” is still in the log after /forget.");
        }
    }

    [Fact]
    public async Task Run_NoToken_RecordsEveryQuestionInTheInteractionLog_UnderTheUsersPseudonym()
    {
        var (exitCode, _) = await ChatAsync("Who is Kadri Kastrati?\n/sources\n\nWhat did Albin Kurti say?\n");

        Assert.Equal(0, exitCode);
        var options = Options.Create(new LogOptions { Path = LogPath });
        using var database = new LogDatabase(options);
        var entries = new List<InteractionEntry>();
        await foreach (var entry in new InteractionQueries(database).ListAsync(new InteractionFilter(), CancellationToken.None))
        {
            entries.Add(entry);
        }

        Assert.Equal(["What did Albin Kurti say?", "Who is Kadri Kastrati?"], entries.Select(e => e.Question));
        Assert.All(entries, e => Assert.Equal((LogChannel.Console, "chat"), (e.Channel, e.ChatType)));
        Assert.Equal(new UserPseudonyms(new UserIdKey(options)).Of(LogChannel.Console, Environment.UserName), entries[0].User);
        Assert.Null(entries[0].RawUserId);
        Assert.True(entries[0].Refused);
        Assert.Equal(["Albin Kurti"], entries[0].UncoveredTerms);
        Assert.False(entries[1].Refused);
        Assert.NotEmpty(entries[1].Passages);
        Assert.All(entries, e => Assert.True(e.LatencyMs > 0));
    }

    private string LogPath => Folder.Combine("data", "log.db");

    /// <summary>The console chat over the seed corpus, with the interaction log in the test's folder: its exit code and output.</summary>
    [Fact]
    public async Task Reindex_RebuildsWhileTheChatGoesOn_AndPrintsTheReportWhenDone()
    {
        var written = new StringWriter();
        var output = TextWriter.Synchronized(written);
        string Text()
        {
            lock (output)
            {
                return written.ToString();
            }
        }

        var input = new WaitingInput(Text, ("/reindex", null), ("Who is Kadri Kastrati?", OperatorReplies.ReindexStarted), ("/stats", "Indexed 5 articles"));
        var context = new CliContext(input, output, new StringWriter());

        var exitCode = await RunBotCommand.RunAsync(context, new SharedSettings(RepositoryPaths.Corpus, Folder.Combine("i.db")) { LogPath = LogPath }, CancellationToken.None);

        Assert.Equal(0, exitCode);
        var text = Text();
        var started = text.IndexOf(OperatorReplies.ReindexStarted, StringComparison.Ordinal);
        var report = text.IndexOf("Corpus: ", started, StringComparison.Ordinal);
        Assert.InRange(started, 0, int.MaxValue);
        Assert.InRange(report, started, int.MaxValue);
        Assert.Matches(@"Indexed 5 articles \(\d+ passages\) in \d+\.\d s into [^\n]+\.\r?\n\r?\n> ", text[report..]);
        Assert.Contains("Former commander of the Kosovo Security Force", text, StringComparison.Ordinal);
        Assert.Contains("Index: 5 articles, 110 passages.", text[report..], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_AtTheEndOfInput_IsFinishedBeforeTheChatLeaves()
    {
        var (exitCode, text) = await ChatAsync("/reindex\n");

        Assert.Equal(0, exitCode);
        var waiting = text.IndexOf(ConsoleReplies.WaitingForReindex, StringComparison.Ordinal);
        Assert.InRange(waiting, 0, int.MaxValue);
        Assert.Matches(@"Indexed 5 articles \(\d+ passages\) in \d+\.\d s into [^\n]+\.\r?\n$", text[waiting..]);
    }

    /// <summary>Gives its lines one at a time, each once the chat has printed what it waits for.</summary>
    private sealed class WaitingInput(Func<string> printed, params (string Line, string? After)[] script) : TextReader
    {
        private int _next;

        public override string? ReadLine()
        {
            if (_next >= script.Length)
            {
                return null;
            }

            var (line, after) = script[_next++];
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (after is not null && !printed().Contains(after, StringComparison.Ordinal))
            {
                if (waited.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new TimeoutException($"The chat never printed “{after}”:\n{printed()}");
                }

                Thread.Sleep(20);
            }

            return line;
        }
    }

    private async Task<(int ExitCode, string Output)> ChatAsync(string input)
    {
        using var output = new StringWriter();
        var context = new CliContext(new StringReader(input), output, new StringWriter());
        var exitCode = await RunBotCommand.RunAsync(context, new SharedSettings(RepositoryPaths.Corpus, Folder.Combine("i.db")) { LogPath = LogPath }, CancellationToken.None);
        return (exitCode, output.ToString());
    }
}
