using KforBot.Telegram.Fakes;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>
/// The handled-updates ledger skips true re-deliveries only: a sequence of update ids that starts again is answered.
/// Each test's two runs of the bot share one state file, in its folder, as a restarted bot does.
/// </summary>
public sealed class UpdateLedgerTests(SeedIndex index) : FolderTest, IClassFixture<SeedIndex>
{
    [Fact]
    public async Task BotApiServerRestarted_WithUpdateIdsFromTheStartAgain_NewUpdatesAreAnswered_AndTheJumpIsLogged()
    {
        long firstId;
        await using (var server = await FakeBotApiServer.StartAsync())
        await using (var first = await TelegramBotHarness.StartAsync(index, server: server, stateDirectory: Folder.Path))
        {
            firstId = await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9001, "Who is Kadri Kastrati?"));
            await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9002, "Who is Kadri Kastrati?"));
            await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9003, "Who is Kadri Kastrati?"));
        }

        // A new server numbers its updates from the same start: the same ids, different updates.
        await using var restarted = await FakeBotApiServer.StartAsync();
        await using var second = await TelegramBotHarness.StartAsync(index, server: restarted, stateDirectory: Folder.Path);
        var reply = await second.AskAsync(FakeUpdates.PrivateText(9004, "How many US soldiers are in Kosovo?"));

        Assert.Equal(9004, reply.ChatId);
        Assert.True(second.Logs.Contains($"Update ids of bot {FakeBotApiServer.BotId} went back"));
        Assert.True(second.Logs.Contains($"now delivers {firstId}"));
    }

    [Fact]
    public async Task TokenSwitchedToAnotherBot_ItsUpdatesAreAnswered_ThoughTheirIdsWereSeenForTheFirstBot()
    {
        await using (var server = await FakeBotApiServer.StartAsync())
        await using (var first = await TelegramBotHarness.StartAsync(index, server: server, stateDirectory: Folder.Path))
        {
            await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9101, "Who is Kadri Kastrati?"));
        }

        await using var otherBot = await FakeBotApiServer.StartAsync(token: "5151515151:AAanother-bot-token_0123456789abcdefgh");
        await using var second = await TelegramBotHarness.StartAsync(index, server: otherBot, stateDirectory: Folder.Path);
        var reply = await second.AskAsync(FakeUpdates.PrivateText(9102, "How many US soldiers are in Kosovo?"));

        Assert.Equal(9102, reply.ChatId);
        Assert.False(second.Logs.Contains("went back"));
    }
}
