using KforBot.Log;
using KforBot.Telegram;
using Microsoft.Extensions.DependencyInjection;
using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>Delivery and faults: each update answered exactly once, Telegram's errors handled as the Bot API asks.</summary>
public sealed class LongPollingTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    private const string Question = "Who is Kadri Kastrati?";

    [Fact]
    public async Task GetUpdates_AsksOnlyForTheUpdateKindsTheBotHandles_WithALongPoll()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);

        var poll = (await bot.Server.WaitForRequestsAsync("getUpdates", 1))[0];

        Assert.Equal(["message", "callback_query", "my_chat_member"], poll.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
        Assert.Equal(5, poll.Body["timeout"]!.GetValue<int>());
    }

    [Fact]
    public async Task TooManyRequests_WaitsRetryAfter_ThenSends()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(429, "Too Many Requests: retry after 7", retryAfter: 7));

        await bot.AskAsync(FakeUpdates.PrivateText(3001, Question));
        var reply = (await bot.Server.WaitForRequestsAsync("sendMessage", 2))[1];

        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Server.RequestsFor("sendMessage").Count);
        Assert.Contains(TimeSpan.FromSeconds(7), bot.Time.Delays);
    }

    [Fact]
    public async Task ServerErrors_AreRetriedWithBackoff_ForSendingAndPolling()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        bot.Server.InjectFault("getUpdates", BotApiFault.RawBody(502, "<html><body>502 Bad Gateway</body></html>"));
        bot.Server.InjectFault("getUpdates", BotApiFault.Error(500, "Internal Server Error"));
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(500, "Internal Server Error"));
        bot.Server.InjectFault("sendMessage", BotApiFault.RawBody(500, """{"error":"something else"}""", "application/json"));

        await bot.AskAsync(FakeUpdates.PrivateText(3002, Question));
        var reply = (await bot.Server.WaitForRequestsAsync("sendMessage", 3))[2];

        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
        Assert.Equal(3, bot.Server.RequestsFor("sendMessage").Count);
        Assert.True(bot.Time.Delays.Count >= 4);
        Assert.True(bot.Logs.Contains("retry 2"));
    }

    [Fact]
    public async Task Timeout_IsRetried()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:RequestTimeout"] = "00:00:01", ["Telegram:PollTimeoutSeconds"] = "1" });
        bot.Server.InjectFault("sendMessage", BotApiFault.Hang());

        await bot.AskAsync(FakeUpdates.PrivateText(3003, Question));
        var reply = (await bot.Server.WaitForRequestsAsync("sendMessage", 2))[1];

        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
        Assert.True(bot.Logs.Contains("Bot API sendMessage failed (Timeout); retry 1"));
    }

    [Fact]
    public async Task RejectedToken_StopsTheBotWithAClearMessage()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, token: "4242424242:AAwrong-token-of-the-right-shape-12345678");

        await bot.WaitForSelfStopAsync();

        Assert.Contains("bot token was rejected", bot.Lifecycle.StopReason, StringComparison.Ordinal);
        Assert.Single(bot.Server.RequestsFor("getMe"));
    }

    [Fact]
    public async Task NoIndexToAnswerFrom_StopsTheBotSayingWhy_AndLeavesTheFolderAlone()
    {
        var folder = Path.Combine(Path.GetTempPath(), "kforbot-foreign-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var notes = Path.Combine(folder, "notes.txt");
        await File.WriteAllTextAsync(notes, "not an index");
        try
        {
            await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Index:Path"] = folder });

            await bot.WaitForSelfStopAsync();

            Assert.Contains("The index cannot be used", bot.Lifecycle.StopReason, StringComparison.Ordinal);
            Assert.Empty(bot.Server.RequestsFor("getMe"));
            Assert.Equal("not an index", await File.ReadAllTextAsync(notes));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first", "a webhook is set for this bot (409 Conflict). Run with Telegram:Mode=Webhook")]
    [InlineData("Conflict: terminated by other getUpdates request; make sure that only one bot instance is running", "Another instance of this bot is already polling")]
    public async Task Conflict_StopsTheBotSayingWhatToDo(string description, string reason)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("getUpdates", BotApiFault.Error(409, description));
        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);

        await bot.WaitForSelfStopAsync();

        Assert.Contains(reason, bot.Lifecycle.StopReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forbidden_StopsWritingToThatChat_AndOtherChatsGoOn()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(403, "Forbidden: bot was blocked by the user"));
        await bot.DeliverAndWaitAsync(FakeUpdates.PrivateText(3004, Question));
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(403, "Forbidden: bot was blocked by the user"));

        var other = await bot.AskAsync(FakeUpdates.PrivateText(3005, Question));

        Assert.Single(bot.Server.RequestsFor("sendMessage"), r => r.ChatId == 3004);
        Assert.Equal(3005, other.ChatId);
        Assert.True(bot.Logs.Contains($"Chat {bot.Host.Services.GetRequiredService<LoggedIds>().Of(LogChannel.Telegram, 3004)}: the bot may no longer write there"));
    }

    [Fact]
    public async Task CantParseEntities_IsResentAsPlainText()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(400, "Bad Request: can't parse entities: unsupported start tag"));

        await bot.DeliverAndWaitAsync(FakeUpdates.PrivateText(3006, Question));

        var sent = bot.Server.RequestsFor("sendMessage");
        Assert.Equal(2, sent.Count);
        Assert.Null(sent[1].ParseMode);
        Assert.DoesNotContain("<blockquote>", sent[1].Text, StringComparison.Ordinal);
        Assert.Contains("Kadri Kastrati", sent[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OptionalCallsThatFail_NeitherStopNorDelayTheAnswer()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("setMyCommands", BotApiFault.Error(500, "Internal Server Error"));
        server.InjectFault("sendChatAction", BotApiFault.Error(429, "Too Many Requests: retry after 30", retryAfter: 30));
        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(3007, Question));

        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(TimeSpan.FromSeconds(30), bot.Time.Delays);
        Assert.Single(server.RequestsFor("setMyCommands"));
    }

    [Fact]
    public async Task UpdateDeliveredTwice_IsAnsweredOnce()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        var update = FakeUpdates.PrivateText(3008, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<long>();
        await bot.Server.WaitForRequestsAsync("getUpdates", 1);

        var id = bot.Server.Enqueue(update);
        bot.Server.DeliverTwice(id);
        await bot.WaitConfirmedAsync(id);

        Assert.Single(bot.RepliesTo(messageId));
    }

    [Fact]
    public async Task RestartInTheMiddleOfABatch_AnswersEachUpdateExactlyOnce()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        var state = Path.Combine(Path.GetTempPath(), "kforbot-restart-" + Guid.NewGuid().ToString("N"));
        try
        {
            var release = new TaskCompletionSource();
            server.InjectFault("sendMessage", BotApiFault.HoldUntil(Task.CompletedTask));
            server.InjectFault("sendMessage", BotApiFault.HoldUntil(Task.CompletedTask));
            server.InjectFault("sendMessage", BotApiFault.HoldUntil(release.Task));
            var chats = Enumerable.Range(0, 6).Select(i => 4000L + i).ToList();
            foreach (var chat in chats)
            {
                server.Enqueue(FakeUpdates.PrivateText(chat, Question));
            }

            var sequential = new Dictionary<string, string?> { ["Telegram:MaxConcurrentUpdates"] = "1" };
            await using (var first = await TelegramBotHarness.StartAsync(index, sequential, server: server, stateDirectory: state))
            {
                // The third answer is being sent when the bot is told to stop; it finishes, the rest wait.
                await server.WaitForRequestsAsync("sendMessage", 3);
                var stopping = first.StopAsync();
                release.SetResult();
                await stopping;
            }

            Assert.Equal(3, server.RequestsFor("sendMessage").Count);

            await using var second = await TelegramBotHarness.StartAsync(index, sequential, server: server, stateDirectory: state);
            await server.WaitUntilAsync(() => server.PendingCount == 0 && server.RequestsFor("sendMessage").Select(r => r.ChatId).Distinct().Count() == chats.Count, "every chat answered");
            await second.StopAsync();

            var answersPerChat = server.RequestsFor("sendMessage").GroupBy(r => r.ChatId).ToDictionary(g => g.Key, g => g.Count());
            Assert.All(chats, chat => Assert.Equal(1, answersPerChat[chat]));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }

    [Theory]
    [InlineData("""{"ok":true,"result":{"message_id":"not a number","date":1700000000000}}""")]
    [InlineData("""{"ok":true,"result":null}""")]
    public async Task SendMessage_AcknowledgedWithAnUnreadableResult_IsNeverSentAgain_AndWarnedOnce(string body)
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("sendMessage", BotApiFault.RawBody(200, body, "application/json"));
        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);

        await bot.DeliverAndWaitAsync(FakeUpdates.PrivateText(3010, Question));

        Assert.Single(server.RequestsFor("sendMessage"));
        Assert.Single(bot.Logs.Lines, l => l.Contains("sendMessage: Telegram acknowledged the call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Token_AppearsInNoLogLine_EvenWhenCallsFail()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("getUpdates", BotApiFault.RawBody(502, "<html>Bad Gateway</html>"));
        server.InjectFault("getUpdates", BotApiFault.RawBody(200, string.Empty, "text/plain"));
        server.InjectFault("sendMessage", BotApiFault.Hang());
        server.InjectFault("sendMessage", BotApiFault.RawBody(200, "<html>captive portal</html>"));
        server.InjectFault("sendMessage", BotApiFault.Error(500, "Internal Server Error"));
        server.InjectFault("sendChatAction", BotApiFault.Error(400, "Bad Request: chat not found"));
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:RequestTimeout"] = "00:00:01", ["Telegram:PollTimeoutSeconds"] = "1" }, server: server);
        await bot.AskAsync(FakeUpdates.PrivateText(3009, Question));
        await server.WaitForRequestsAsync("sendMessage", 4);
        await bot.StopAsync();

        await using var rejected = await TelegramBotHarness.StartAsync(index, server: server, token: "4242424242:AAwrong-token-of-the-right-shape-12345678");
        await rejected.WaitForSelfStopAsync();

        var lines = bot.Logs.Lines.Concat(rejected.Logs.Lines).ToList();
        Assert.Contains(lines, l => l.Contains("Timeout", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("401", StringComparison.Ordinal));
        foreach (var secret in new[] { server.Token, server.Token.Split(':')[1], "AAwrong-token-of-the-right-shape-12345678" })
        {
            Assert.DoesNotContain(lines, l => l.Contains(secret, StringComparison.Ordinal));
        }
    }
}
