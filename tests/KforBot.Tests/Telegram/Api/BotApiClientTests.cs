using KforBot.Telegram;
using KforBot.Telegram.Api;
using KforBot.Telegram.Fakes;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace KforBot.Tests.Telegram.Api;

/// <summary>The client against the fake Bot API server: envelopes read, anything else a clear error naming the method, never the token.</summary>
public sealed class BotApiClientTests : IAsyncLifetime
{
    private readonly HttpClient _http = new();
    private FakeBotApiServer _server = null!;
    private BotApiClient _client = null!;

    public async Task InitializeAsync()
    {
        _server = await FakeBotApiServer.StartAsync();
        var options = Options.Create(new TelegramOptions
        {
            BotToken = _server.Token,
            ApiBaseUrl = _server.BaseUrl.ToString(),
        });
        _client = new BotApiClient(_http, options, NullLogger<BotApiClient>.Instance);
    }

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    [Fact]
    public async Task GetMe_ReadsTheBotUser()
    {
        var me = await _client.GetMeAsync(CancellationToken.None);

        Assert.Equal(FakeBotApiServer.BotId, me.Id);
        Assert.Equal(FakeBotApiServer.BotUsername, me.Username);
    }

    [Fact]
    public async Task ErrorEnvelope_BecomesBotApiException_WithCodeAndRetryAfter()
    {
        _server.InjectFault("sendMessage", BotApiFault.Error(429, "Too Many Requests: retry after 12", retryAfter: 12));

        var error = await Assert.ThrowsAsync<BotApiException>(() => _client.SendMessageAsync(new SendMessageRequest(1, "hi"), CancellationToken.None));

        Assert.Equal(BotApiErrorKind.TooManyRequests, error.Kind);
        Assert.Equal(429, error.ErrorCode);
        Assert.Equal(TimeSpan.FromSeconds(12), error.RetryAfter);
        Assert.Equal("Bot API sendMessage failed: 429 Too Many Requests: retry after 12", error.Message);
    }

    public static TheoryData<BotApiFault, string> NotAnEnvelope => new()
    {
        { BotApiFault.RawBody(502, "<html><body>Bad Gateway</body></html>"), nameof(BotApiErrorKind.ServerError) },
        { BotApiFault.RawBody(200, "<html>captive portal</html>"), nameof(BotApiErrorKind.MalformedResponse) },
        { BotApiFault.RawBody(200, string.Empty, "text/plain"), nameof(BotApiErrorKind.MalformedResponse) },
        { BotApiFault.RawBody(500, """{"error":"boom"}""", "application/json"), nameof(BotApiErrorKind.ServerError) },
        { BotApiFault.RawBody(200, "null", "application/json"), nameof(BotApiErrorKind.MalformedResponse) },
        { BotApiFault.NullResult(), nameof(BotApiErrorKind.MalformedResponse) },
    };

    [Theory]
    [MemberData(nameof(NotAnEnvelope))]
    public async Task ResponseThatIsNotAnEnvelope_IsAClearError_WithoutTheToken(BotApiFault fault, string kind)
    {
        _server.InjectFault("getMe", fault);

        var error = await Assert.ThrowsAsync<BotApiException>(() => _client.GetMeAsync(CancellationToken.None));

        Assert.Equal(kind, error.Kind.ToString());
        Assert.Equal("getMe", error.Method);
        Assert.True(error.IsTransient);
        Assert.DoesNotContain(_server.Token.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoAnswerInTime_IsATimeout()
    {
        var options = Options.Create(new TelegramOptions { BotToken = _server.Token, ApiBaseUrl = _server.BaseUrl.ToString(), RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var client = new BotApiClient(_http, options, NullLogger<BotApiClient>.Instance);
        _server.InjectFault("getMe", BotApiFault.Hang());

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.Equal(BotApiErrorKind.Timeout, error.Kind);
        Assert.True(error.IsTransient);
    }

    [Fact]
    public async Task UnreachableServer_IsAConnectionError_WithoutTheToken()
    {
        var options = Options.Create(new TelegramOptions { BotToken = _server.Token, ApiBaseUrl = "http://127.0.0.1:1" });
        var client = new BotApiClient(_http, options, NullLogger<BotApiClient>.Instance);

        var error = await Assert.ThrowsAsync<BotApiException>(() => client.GetMeAsync(CancellationToken.None));

        Assert.Equal(BotApiErrorKind.Connection, error.Kind);
        Assert.DoesNotContain(_server.Token.Split(':')[1], error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task SendMessage_WritesSnakeCaseJson_WithoutNullFields()
    {
        await _client.SendMessageAsync(new SendMessageRequest(-1001234567890123, "<b>x</b>", "HTML", new LinkPreviewOptions(true), new ReplyParameters(5)), CancellationToken.None);

        var body = _server.RequestsFor("sendMessage").Single().Body;
        Assert.Equal(-1001234567890123, body["chat_id"]!.GetValue<long>());
        Assert.True(body["link_preview_options"]!["is_disabled"]!.GetValue<bool>());
        Assert.Equal(5, body["reply_parameters"]!["message_id"]!.GetValue<long>());
        Assert.False(body.ContainsKey("reply_markup"));
    }

    [Fact]
    public async Task EditMessageText_AndOtherMethods_ReachTheServer()
    {
        await _client.EditMessageTextAsync(new EditMessageTextRequest(1, 2, "new"), CancellationToken.None);
        await _client.DeleteWebhookAsync(new DeleteWebhookRequest(), CancellationToken.None);

        Assert.Single(_server.RequestsFor("editMessageText"));
        Assert.Single(_server.RequestsFor("deleteWebhook"));
    }
}
