using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.State;

/// <summary>The handled-updates ledger skips true re-deliveries only: a sequence of update ids that starts again is answered.</summary>
public sealed class UpdateLedgerTests(SeedIndex index) : IClassFixture<SeedIndex>
{
    [Fact]
    public async Task BotApiServerRestarted_WithUpdateIdsFromTheStartAgain_NewUpdatesAreAnswered_AndTheJumpIsLogged()
    {
        var state = Path.Combine(Path.GetTempPath(), "kforbot-ledger-" + Guid.NewGuid().ToString("N"));
        try
        {
            long firstId;
            await using (var server = await FakeBotApiServer.StartAsync())
            await using (var first = await TelegramBotHarness.StartAsync(index, server: server, stateDirectory: state))
            {
                firstId = await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9001, "Who is Kadri Kastrati?"));
                await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9002, "Who is Kadri Kastrati?"));
                await first.DeliverAndWaitAsync(FakeUpdates.PrivateText(9003, "Who is Kadri Kastrati?"));
            }

            // A new server numbers its updates from the same start: the same ids, different updates.
            await using var restarted = await FakeBotApiServer.StartAsync();
            await using var second = await TelegramBotHarness.StartAsync(index, server: restarted, stateDirectory: state);
            var reply = await second.AskAsync(FakeUpdates.PrivateText(9004, "How many US soldiers are in Kosovo?"));

            Assert.Equal(9004, reply.ChatId);
            Assert.True(second.Logs.Contains($"Update ids of bot {FakeBotApiServer.BotId} went back"));
            Assert.True(second.Logs.Contains($"now delivers {firstId}"));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(state, recursive: true);
        }
    }
}
