using System.Net;
using System.Net.Http.Json;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Receiving;
using KforBot.Tests.Telegram.Support;
using Microsoft.AspNetCore.Builder;

namespace KforBot.Tests.Telegram.Receiving;

/// <summary>Webhook mode on a real Kestrel server on 127.0.0.1, registering with the fake Bot API server.</summary>
public sealed class WebhookTests(SeedIndex index) : IClassFixture<SeedIndex>, IAsyncLifetime
{
    private const string Secret = WebhookBotHost.Secret;
    private readonly string _state = Path.Combine(Path.GetTempPath(), "kforbot-webhook-" + Guid.NewGuid().ToString("N"));
    private readonly CapturedLogs _logs = new();
    private readonly HttpClient _http = new();
    private FakeBotApiServer _server = null!;
    private WebApplication _app = null!;
    private Uri _webhook = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        (_app, _webhook) = await WebhookBotHost.StartAsync(index, _server, _state, _logs);
        await _server.WaitForRequestsAsync("setWebhook", 1);
        // The bot logs once Telegram's answer to setWebhook is read; only then does stopping remove it.
        Assert.True(SpinWait.SpinUntil(() => _logs.Contains("Webhook registered for host bot.example.org"), TimeSpan.FromSeconds(20)));
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _app.DisposeAsync();
        await _server.DisposeAsync();
        if (Directory.Exists(_state))
        {
            Directory.Delete(_state, recursive: true);
        }
    }

    [Fact]
    public void Start_RegistersTheWebhookWithSecretAndUpdateKinds()
    {
        var registration = _server.RequestsFor("setWebhook").Single();

        Assert.Equal("https://bot.example.org/telegram/update", registration.Body["url"]!.GetValue<string>());
        Assert.Equal(Secret, registration.Body["secret_token"]!.GetValue<string>());
        Assert.Equal(["message", "callback_query", "my_chat_member"], registration.Body["allowed_updates"]!.AsArray().Select(u => u!.GetValue<string>()));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-secret")]
    [InlineData("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0")]
    public async Task Update_WithoutTheRightSecret_IsRejected(string? secret)
    {
        using var response = await PostAsync(FakeUpdates.PrivateText(6001, "Who is Kadri Kastrati?"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_server.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task Update_WithTheRightSecret_IsAnsweredBeforeTheOk()
    {
        using var response = await PostAsync(FakeUpdates.PrivateText(6002, "Who is Kadri Kastrati?"), Secret);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(_server.RequestsFor("sendMessage"));
        Assert.StartsWith("Here is what my sources say:", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SameUpdatePostedTwice_IsAnsweredOnce()
    {
        var update = FakeUpdates.PrivateText(6003, "Who is Kadri Kastrati?");
        update["update_id"] = 777;

        using var first = await PostAsync(update, Secret);
        using var second = await PostAsync(update, Secret);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Single(_server.RequestsFor("sendMessage"));
    }

    [Fact]
    public async Task Stop_RemovesTheWebhook()
    {
        await _app.StopAsync();

        Assert.Single(_server.RequestsFor("deleteWebhook"));
    }

    private Task<HttpResponseMessage> PostAsync(System.Text.Json.Nodes.JsonObject update, string? secret)
    {
        if (update["update_id"] is null)
        {
            update["update_id"] = Random.Shared.NextInt64(1, 1_000_000);
        }

        var request = new HttpRequestMessage(HttpMethod.Post, _webhook) { Content = JsonContent.Create(update) };
        if (secret is not null)
        {
            request.Headers.Add(WebhookSecret.HeaderName, secret);
        }

        return _http.SendAsync(request);
    }
}
