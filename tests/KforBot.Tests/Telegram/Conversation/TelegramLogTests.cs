using KforBot.Conversation;
using KforBot.Log;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Formatting;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Telegram.Conversation;

/// <summary>The interaction log's Telegram side: questions recorded, 👍/👎 on the entry, /privacy and /forget.</summary>
public sealed class TelegramLogTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    [Fact]
    public async Task GroupQuestion_IsRecordedWithEveryField_UnderAPseudonym()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.GroupText(-100123, 1101, "/ask Who is Kadri Kastrati?"));

        var entry = (await bot.LogEntriesAsync(e => e.Count == 1)).Single();
        Assert.Equal(LogChannel.Telegram, entry.Channel);
        Assert.Equal("supergroup", entry.ChatType);
        Assert.Equal(bot.Host.Services.GetRequiredService<UserPseudonyms>().Of(LogChannel.Telegram, "1101"), entry.User);
        Assert.DoesNotContain("1101", entry.User, StringComparison.Ordinal);
        Assert.Null(entry.RawUserId);
        Assert.Equal("Who is Kadri Kastrati?", entry.Question);
        Assert.False(entry.Refused);
        Assert.Null(entry.Reason);
        Assert.NotEmpty(entry.Passages);
        Assert.All(entry.Passages, p => Assert.False(string.IsNullOrEmpty(p.ArticleId)));
        Assert.NotEqual("none", entry.IndexVersion);
        Assert.True(entry.LatencyMs >= 0);
        Assert.Equal(bot.Time.GetUtcNow(), entry.At);
        Assert.Null(entry.Feedback);
        Assert.EndsWith(":" + entry.Id, reply.CallbackData("👍"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RawUserIds_AreStoredOnlyWhenConfigured()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Log:StoreRawUserIds"] = "true" });

        await bot.AskAsync(FakeUpdates.PrivateText(1102, "Who is Kadri Kastrati?"));

        var entry = (await bot.LogEntriesAsync(e => e.Count == 1)).Single();
        Assert.Equal("private", entry.ChatType);
        Assert.Equal("1102", entry.RawUserId);
    }

    [Fact]
    public async Task LogLines_OfATelegramRun_NameNoRawTelegramId_OnlyItsPseudonym()
    {
        const long user = 987654321;
        var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:QuestionsPerUserPerMinute"] = "1" });
        string pseudonym;
        await using (bot)
        {
            await bot.AskAsync(FakeUpdates.PrivateText(user, "Who is Kadri Kastrati?"));
            await bot.AskAsync(FakeUpdates.PrivateText(user, "How many American soldiers are in Kosovo?"));
            await bot.AskAsync(FakeUpdates.PrivateText(user, "/stats"));
            pseudonym = bot.Host.Services.GetRequiredService<UserPseudonyms>().Of(LogChannel.Telegram, "987654321");
            await bot.StopAsync();
        }

        Assert.Contains(bot.Logs.Lines, line => line.Contains($"Chat {pseudonym}: Answered", StringComparison.Ordinal));
        Assert.Contains(bot.Logs.Lines, line => line.Contains($"User {pseudonym} is over the question limit", StringComparison.Ordinal));
        Assert.DoesNotContain(bot.Logs.Lines, line => line.Contains("987654321", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Refusal_IsRecordedWithItsReason_AndOffersNotifyMe()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1103, "What did Albin Kurti say about KFOR?"));

        var entry = (await bot.LogEntriesAsync(e => e.Count == 1)).Single();
        Assert.True(entry.Refused);
        Assert.Contains("Albin Kurti", entry.Reason, StringComparison.Ordinal);
        Assert.Empty(entry.Passages);
        Assert.Contains(AnswerKeyboard.NotifyMe, reply.ButtonTexts);
        Assert.Equal($"notify:{reply.CallbackData("👍")!.Split(':')[1]}:{entry.Id}", reply.CallbackData(AnswerKeyboard.NotifyMe));
    }

    [Fact]
    public async Task Feedback_IsRecordedOnTheEntry_TheLastPressCounts_AndIsAcknowledged()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(1104, "Who is Kadri Kastrati?"));

        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1104, 1104, 5001, answer.CallbackData("👍")!));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1104, 1104, 5001, answer.CallbackData("👎")!));

        var entry = (await bot.LogEntriesAsync(e => e.Count == 1 && e[0].Feedback == Feedback.Down)).Single();
        Assert.Equal("Who is Kadri Kastrati?", entry.Question);
        var acks = bot.Server.RequestsFor("answerCallbackQuery").Select(a => a.Body["text"]!.GetValue<string>()).ToList();
        Assert.Equal([Replies.ThanksHelpful, Replies.ThanksNotHelpful], acks);
    }

    [Fact]
    public async Task ButtonsFromBeforeTheLog_AskTheUserToAskAgain()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(1105, 1105, 5001, "up:42"));

        Assert.Equal(BotReplies.UnknownButton, bot.Server.RequestsFor("answerCallbackQuery").Single().Body["text"]!.GetValue<string>());
    }

    [Fact]
    public async Task Privacy_SaysWhatIsKept_ForHowLong_AndWhoSeesIt()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Log:RetentionDays"] = "45" });

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(1106, "/privacy"));

        Assert.Contains("45 days", reply.Text, StringComparison.Ordinal);
        Assert.Contains("Who sees it", reply.Text, StringComparison.Ordinal);
        Assert.Contains("/forget", reply.Text, StringComparison.Ordinal);
        HtmlChecks.AssertValidTelegramHtml(reply.Text);
        Assert.Empty(await bot.LogEntriesAsync(_ => true));
    }

    [Fact]
    public async Task Forget_DeletesTheUsersEntriesOnly_AndSaysHowMany()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        await bot.AskAsync(FakeUpdates.PrivateText(1107, "Who is Kadri Kastrati?"));
        await bot.AskAsync(FakeUpdates.PrivateText(1107, "What did Albin Kurti say about KFOR?"));
        await bot.AskAsync(FakeUpdates.PrivateText(1108, "Who is Kadri Kastrati?"));

        var forgotten = await bot.AskAsync(FakeUpdates.PrivateText(1107, "/forget"));
        var again = await bot.AskAsync(FakeUpdates.PrivateText(1107, "/forget"));

        Assert.Equal("Done: I deleted the 2 questions of yours I had kept.", forgotten.Text);
        Assert.Equal("I had no questions of yours to delete.", again.Text);
        var left = await bot.LogEntriesAsync(_ => true);
        Assert.Equal(bot.Host.Services.GetRequiredService<UserPseudonyms>().Of(LogChannel.Telegram, "1108"), Assert.Single(left).User);
    }

    [Fact]
    public async Task Forget_WhenTheLogCannotBeUsed_SaysSoInPlainWords_AndTheBotGoesOnAnswering()
    {
        using var folder = new TempFolder();
        // A file where the log's folder should be: neither the log nor its key can be created.
        var blocker = folder.Combine("not-a-folder");
        await File.WriteAllTextAsync(blocker, "a file");
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Log:Path"] = Path.Combine(blocker, "log.db") });

        var forget = await bot.AskAsync(FakeUpdates.PrivateText(1109, "/forget"));
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(1109, "Who is Kadri Kastrati?"));

        Assert.Equal(Replies.ForgetUnavailable, forget.Text);
        Assert.StartsWith("Here is what my sources say:", answer.Text, StringComparison.Ordinal);
        Assert.Null(bot.Lifecycle.StopReason);
    }
}
