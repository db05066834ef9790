using KforBot.Conversation;
using KforBot.State;
using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Telegram.State;

/// <summary>When the state file cannot be written, the bot goes on answering and says what it could not record.</summary>
public sealed class StateFailureTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    private const string Question = "Who is Kadri Kastrati?";

    [Fact]
    public async Task StateFileLockedByAnotherProgram_TheBotAnswersWithoutButtons_AndLogsWhatItCouldNotRecord()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:StateLockWaitSeconds"] = "1" });
        await bot.AskAsync(FakeUpdates.PrivateText(8001, Question));

        await using (var other = new SqliteConnection($"Data Source={bot.StatePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var exclusive = other.CreateCommand();
            exclusive.CommandText = "BEGIN EXCLUSIVE";
            await exclusive.ExecuteNonQueryAsync();

            var locked = await bot.AskAsync(FakeUpdates.PrivateText(8001, Question));

            Assert.StartsWith("Here is what my sources say:", locked.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("More sources", locked.ButtonTexts);
            Assert.Contains("👍", locked.ButtonTexts);
            await bot.WithLogsOnTimeoutAsync(bot.Server.WaitUntilAsync(() => bot.Logs.Contains("as handled: The bot's state file"), "the ledger's failure logged"));
            Assert.True(bot.Logs.Contains("Could not record the answer shown in chat 8001, which is sent without \"More sources\": The bot's state file"));
            Assert.True(bot.Logs.Contains("database is locked"));
        }

        var after = await bot.AskAsync(FakeUpdates.PrivateText(8001, Question));
        Assert.Contains("👍", after.ButtonTexts);
    }

    [Fact]
    public async Task DiskFull_TheBotAnswers_AndFeedbackStillReachesTheInteractionLog()
    {
        FullDiskState? disk = null;
        await using var bot = await TelegramBotHarness.StartAsync(index, services: s => s.AddSingleton<IBotStateDatabase>(p => disk = new FullDiskState(p.GetRequiredService<BotStateDatabase>())));
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(8002, Question));
        disk!.Full = true;

        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(8002, 8002, 5001, answer.CallbackData("👍")!));
        var whileFull = await bot.AskAsync(FakeUpdates.PrivateText(8002, "How many US soldiers are in Kosovo?"));

        var ack = bot.Server.RequestsFor("answerCallbackQuery").Single();
        Assert.Equal(Replies.ThanksHelpful, ack.Body["text"]!.GetValue<string>());
        Assert.StartsWith("Here is what my sources say:", whileFull.Text, StringComparison.Ordinal);
        Assert.Contains("👍", whileFull.ButtonTexts);
        Assert.True(bot.Logs.Contains("database or disk is full"));
        var entries = await bot.LogEntriesAsync(e => e.Any(x => x.Feedback is not null));
        Assert.Equal(KforBot.Log.Feedback.Up, entries.Single(e => e.Question == Question).Feedback);
        Assert.Null(bot.Lifecycle.StopReason);
    }
}
