using System.Net;
using System.Net.Sockets;
using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>What the bot does when Telegram misbehaves: each fault injected by the fake Bot API server on 127.0.0.1 (409 Conflict: <see cref="LongPollingTests"/>).</summary>
public sealed class TelegramFaultTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    private const string Question = "Who is Kadri Kastrati?";
    private const string Answered = "Here is what my sources say:";

    [Fact]
    public async Task TooManyRequests_OnGetUpdates_WaitsRetryAfter_ThenPollsOn()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("getUpdates", BotApiFault.Error(429, "Too Many Requests: retry after 9", retryAfter: 9));
        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(7001, Question));

        Assert.StartsWith(Answered, reply.Text, StringComparison.Ordinal);
        Assert.Contains(TimeSpan.FromSeconds(9), bot.Time.Delays);
        Assert.Null(bot.Lifecycle.StopReason);
    }

    [Fact]
    public async Task LongOutageWhilePolling_KeepsPollingWithCappedBackoff_AndLogsOnceAMinute()
    {
        const int Failures = 60;
        await using var server = await FakeBotApiServer.StartAsync();
        for (var i = 0; i < Failures; i++)
        {
            server.InjectFault("getUpdates", i % 2 == 0 ? BotApiFault.Error(502, "Bad Gateway") : BotApiFault.RawBody(503, "<html>Service Unavailable</html>"));
        }

        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);
        var reply = await bot.AskAsync(FakeUpdates.PrivateText(7002, Question));

        Assert.StartsWith(Answered, reply.Text, StringComparison.Ordinal);
        var waits = bot.Time.Delays.ToList();
        Assert.True(waits.Count >= Failures);
        Assert.All(waits, wait => Assert.True(wait <= TimeSpan.FromSeconds(30), $"a wait of {wait} passes RetryMaxDelay"));

        // Sixty failures over about twenty minutes of the test clock: the first is logged, then one line a minute.
        var outageMinutes = waits.Aggregate(TimeSpan.Zero, (sum, wait) => sum + wait).TotalMinutes;
        var lines = bot.Logs.Lines.Where(l => l.Contains("Bot API getUpdates", StringComparison.Ordinal) && l.StartsWith("Warning", StringComparison.Ordinal)).ToList();
        Assert.Single(lines, l => l.Contains("for as long as it fails", StringComparison.Ordinal));
        Assert.InRange(lines.Count, 2, (int)outageMinutes + 2);
        Assert.True(lines.Count < Failures / 3);
        Assert.True(bot.Logs.Contains($"Bot API getUpdates got through again after"));
        Assert.True(bot.Logs.Contains($"and {Failures} failed tries"));
    }

    [Fact]
    public async Task TelegramUnreachableAtStartUp_KeepsTrying_ThenAnswersOnceItIsBack()
    {
        var port = FreePort();
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:ApiBaseUrl"] = $"http://127.0.0.1:{port}" });

        // Connection refused, again and again: more tries than the five that used to stop the bot.
        await bot.WithLogsOnTimeoutAsync(WaitUntilAsync(() => bot.Time.Delays.Count >= 12, "twelve tries of getMe"));
        await using var server = await FakeBotApiServer.StartAsync(port: port);
        var update = FakeUpdates.PrivateText(7003, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<long>();
        server.Enqueue(update);
        await bot.WithLogsOnTimeoutAsync(server.WaitUntilAsync(() => server.RequestsFor("sendMessage").Any(r => r.ReplyToMessageId == messageId), "the answer"));

        Assert.Null(bot.Lifecycle.StopReason);
        Assert.Single(bot.Logs.Lines, l => l.Contains("Bot API getMe failed (Connection", StringComparison.Ordinal));
        Assert.True(bot.Logs.Contains("Bot API getMe got through again"));
    }

    [Fact]
    public async Task ConnectionReset_WhilePollingAndSending_IsRetried()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("getUpdates", BotApiFault.Reset());
        server.InjectFault("sendMessage", BotApiFault.Reset());
        await using var bot = await TelegramBotHarness.StartAsync(index, server: server);

        await bot.AskAsync(FakeUpdates.PrivateText(7004, Question));
        var sent = await server.WaitForRequestsAsync("sendMessage", 2);

        Assert.StartsWith(Answered, sent[1].Text, StringComparison.Ordinal);
        Assert.True(bot.Logs.Contains("Bot API getUpdates failed (Connection"));
        Assert.True(bot.Logs.Contains("Bot API sendMessage failed (Connection); retry 1"));
    }

    [Fact]
    public async Task GetUpdatesHangingPastItsTimeout_IsGivenUp_AndPollingGoesOn()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("getUpdates", BotApiFault.Hang());
        var quick = new Dictionary<string, string?> { ["Telegram:RequestTimeout"] = "00:00:01", ["Telegram:PollTimeoutSeconds"] = "1" };
        await using var bot = await TelegramBotHarness.StartAsync(index, quick, server: server);

        var reply = await bot.AskAsync(FakeUpdates.PrivateText(7005, Question));

        Assert.StartsWith(Answered, reply.Text, StringComparison.Ordinal);
        Assert.True(bot.Logs.Contains("Bot API getUpdates failed (Timeout"));
    }

    [Fact]
    public async Task RetriesUsedUp_OnSendMessage_TheUpdateComesAgain_AndIsAnsweredOnce()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index, new Dictionary<string, string?> { ["Telegram:MaxRetries"] = "1" });
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(500, "Internal Server Error"));
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(502, "Bad Gateway"));
        var update = FakeUpdates.PrivateText(7006, Question);
        var messageId = update["message"]!["message_id"]!.GetValue<long>();

        var id = await bot.DeliverAndWaitAsync(update);
        await bot.DeliverAndWaitAsync(FakeUpdates.PrivateText(7007, Question));

        // Two failed tries on the first delivery, one that got through on the second, and nothing after.
        var tries = bot.RepliesTo(messageId);
        Assert.Equal(3, tries.Count);
        Assert.StartsWith(Answered, tries[2].Text, StringComparison.Ordinal);
        Assert.True(bot.Logs.Contains($"Update {id} deferred"));
        // The offset stayed at the deferred update, so the server delivered it again.
        Assert.Contains(bot.Server.RequestsFor("getUpdates"), r => r.Body["offset"]?.GetValue<long>() == id);
    }

    [Fact]
    public async Task GroupMigratedToASupergroup_AnswersAndFeedbackFollowTheGroup()
    {
        const long OldGroup = -5005;
        const long Supergroup = -1005005;
        await using var bot = await TelegramBotHarness.StartAsync(index);
        bot.Server.InjectFault("sendMessage", BotApiFault.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: Supergroup));
        await bot.DeliverAndWaitAsync(FakeUpdates.Message(FakeUpdates.Chat(OldGroup, "group"), 7008, "/ask " + Question));
        await bot.DeliverAndWaitAsync(FakeUpdates.Message(FakeUpdates.Chat(OldGroup, "group"), 7009, "/ask " + Question));

        var sent = bot.Server.RequestsFor("sendMessage");
        Assert.Equal([OldGroup, Supergroup, Supergroup], sent.Select(r => r.ChatId));
        Assert.All(sent.Skip(1), r => Assert.StartsWith(Answered, r.Text, StringComparison.Ordinal));

        // The vote is on the first answer, given while the group still had its old id; it lands on that question's entry.
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(7009, Supergroup, 5002, sent[1].CallbackData("👍")!));
        var entries = await bot.LogEntriesAsync(e => e.Any(x => x.Feedback is not null));
        Assert.Equal(KforBot.Log.Feedback.Up, entries[^1].Feedback);
        await using var connection = new SqliteConnection($"Data Source={bot.StatePath};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT (SELECT chat_id FROM answers ORDER BY id DESC LIMIT 1), (SELECT new_chat_id FROM chat_migrations WHERE chat_id = $old)";
        command.Parameters.AddWithValue("$old", OldGroup);
        await using var row = await command.ExecuteReaderAsync();
        Assert.True(await row.ReadAsync());
        Assert.Equal(Supergroup, row.GetInt64(0));
        Assert.Equal(Supergroup, row.GetInt64(1));
    }

    [Fact]
    public async Task AnswerCallbackQueryFailing_StillRecordsTheFeedback_AndTheBotGoesOn()
    {
        await using var bot = await TelegramBotHarness.StartAsync(index);
        var answer = await bot.AskAsync(FakeUpdates.PrivateText(7010, Question));
        bot.Server.InjectFault("answerCallbackQuery", BotApiFault.Error(400, "Bad Request: query is too old and response timeout expired or query ID is invalid"));
        bot.Server.InjectFault("answerCallbackQuery", BotApiFault.Error(500, "Internal Server Error"));

        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(7010, 7010, 5001, answer.CallbackData("👍")!));
        await bot.DeliverAndWaitAsync(FakeUpdates.Callback(7010, 7010, 5001, answer.CallbackData("👎")!));
        var later = await bot.AskAsync(FakeUpdates.PrivateText(7010, Question));

        Assert.StartsWith(Answered, later.Text, StringComparison.Ordinal);
        Assert.Equal(2, bot.Server.RequestsFor("answerCallbackQuery").Count);
        Assert.True(bot.Logs.Contains("Optional Bot API call answerCallbackQuery failed (BadRequest"));
        Assert.True(bot.Logs.Contains("Optional Bot API call answerCallbackQuery failed (ServerError"));
        Assert.True(bot.Logs.Contains("helpful=False"));
        Assert.Equal(KforBot.Log.Feedback.Down, (await bot.LogEntriesAsync(e => e.Any(x => x.Feedback == KforBot.Log.Feedback.Down)))[^1].Feedback);
        Assert.Null(bot.Lifecycle.StopReason);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>A deadline against a hung test, not a timing assertion: the bot's clock never sleeps.</summary>
    private static async Task WaitUntilAsync(Func<bool> condition, string what)
    {
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (!condition())
        {
            try
            {
                await Task.Delay(10, deadline.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"The bot did not reach: {what}");
            }
        }
    }
}
