using KforBot.Telegram.Fakes;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>Webhook registration when Telegram fails: tried again while the failure is passing, a refusal stops the bot with the reason.</summary>
public sealed class WebhookStartTests(SeedIndex index) : FolderTest, IClassFixture<SeedIndex>
{
    private readonly CapturedLogs _logs = new();

    [Fact]
    public async Task SetWebhookFailingForAWhile_IsTriedAgain_UntilRegistered()
    {
        await using var server = await FakeBotApiServer.StartAsync();
        server.InjectFault("setWebhook", BotApiFault.Error(500, "Internal Server Error"));
        server.InjectFault("setWebhook", BotApiFault.Reset());
        var (app, _) = await WebhookBotHost.StartAsync(index, server, Folder.Path, _logs);
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
        var (app, _) = await WebhookBotHost.StartAsync(index, server, Folder.Path, _logs);
        await using (app)
        {
            Assert.True(SpinWait.SpinUntil(() => app.Lifecycle().StopReason is not null, TimeSpan.FromSeconds(20)));

            Assert.Contains("Telegram refused the webhook (400 Bad Request: bad webhook", app.Lifecycle().StopReason, StringComparison.Ordinal);
            Assert.Contains("Telegram:WebhookUrl", app.Lifecycle().StopReason, StringComparison.Ordinal);
            Assert.Single(server.RequestsFor("setWebhook"));
        }
    }
}
