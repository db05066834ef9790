using KforBot.Telegram.Fakes;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>Webhook registration when Telegram fails: tried again while the failure is passing, a refusal stops the bot with the reason.</summary>
public sealed class WebhookStartTests(SeedIndex index) : IClassFixture<SeedIndex>, IDisposable
{
    private readonly string _state = Path.Combine(Path.GetTempPath(), "kforbot-webhook-start-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    [Fact]
    public async Task SetWebhookFailingForAWhile_IsTriedAgain_UntilRegistered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("setWebhook", BotApiFault.Error(500, "Internal Server Error"));
        server.InjectFault("setWebhook", BotApiFault.Reset());
        var (app, _) = await WebhookBotHost.StartAsync(index, server, _state, _logs);
        await using (app)
        {
            await server.WaitForRequestsAsync("setWebhook", 3);
            Assert.True(SpinWait.SpinUntil(() => _logs.Contains("Webhook registered for host bot.example.org"), TimeSpan.FromSeconds(20)));

            Assert.Null(app.Lifecycle().StopReason);
            Assert.True(_logs.Contains("Bot API setWebhook got through again after"));
        }
    }

    [Fact]
    public async Task SetWebhookRefused_StopsTheBot_NamingTheSetting()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("setWebhook", BotApiFault.Error(400, "Bad Request: bad webhook: Failed to resolve host: Name or service not known"));
        var (app, _) = await WebhookBotHost.StartAsync(index, server, _state, _logs);
        await using (app)
        {
            Assert.True(SpinWait.SpinUntil(() => app.Lifecycle().StopReason is not null, TimeSpan.FromSeconds(20)));

            Assert.Contains("Telegram refused the webhook (400 Bad Request: bad webhook", app.Lifecycle().StopReason, StringComparison.Ordinal);
            Assert.Contains("Telegram:WebhookUrl", app.Lifecycle().StopReason, StringComparison.Ordinal);
            Assert.Single(server.RequestsFor("setWebhook"));
        }
    }
}
