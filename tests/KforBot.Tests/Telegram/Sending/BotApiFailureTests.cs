using KforBot.Telegram.Fakes;
using KforBot.Telegram.Sending;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KforBot.Tests.Telegram.Sending;

/// <summary>Telegram.Bot's exceptions, from real calls to the fake Bot API server, read as the bot's failure kinds, never with the token.</summary>
public sealed class BotApiFailureTests : IAsyncLifetime
{
    // Long enough for a first call to the server on a busy machine, short enough for the hanging call's test.
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(5) };
    private FakeBotApiServer _server = null!;

    public async Task InitializeAsync() => _server = await FakeBotApiServer.StartAsync();

    public async Task DisposeAsync()
    {
        _http.Dispose();
        await _server.DisposeAsync();
    }

    public static TheoryData<BotApiFault, string> Faults => new()
    {
        { BotApiFault.Error(429, "Too Many Requests: retry after 12", retryAfter: 12), nameof(BotApiFailureKind.TooManyRequests) },
        { BotApiFault.Error(500, "Internal Server Error"), nameof(BotApiFailureKind.ServerError) },
        { BotApiFault.RawBody(502, "<html><body>Bad Gateway</body></html>"), nameof(BotApiFailureKind.ServerError) },
        { BotApiFault.RawBody(200, "<html>captive portal</html>"), nameof(BotApiFailureKind.MalformedResponse) },
        { BotApiFault.RawBody(200, string.Empty, "text/plain"), nameof(BotApiFailureKind.MalformedResponse) },
        { BotApiFault.NullResult(), nameof(BotApiFailureKind.MalformedResponse) },
        { BotApiFault.Hang(), nameof(BotApiFailureKind.Timeout) },
        { BotApiFault.Reset(), nameof(BotApiFailureKind.Connection) },
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task PassingFaults_AreTransient_AndDescribedWithoutTheToken(BotApiFault fault, string kind)
    {
        _server.InjectFault("getMe", fault);

        var failure = BotApiFailure.Of(await Assert.ThrowsAnyAsync<RequestException>(() => Client(_server.BaseUrl).GetMe()));

        Assert.Equal(kind, failure.Kind.ToString());
        Assert.True(failure.IsTransient);
        Assert.DoesNotContain(_server.Token.Split(':')[1], failure.Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RetryAfter_AndMigrateToChatId_AreRead()
    {
        _server.InjectFault("sendMessage", BotApiFault.Error(429, "Too Many Requests: retry after 12", retryAfter: 12));
        _server.InjectFault("sendMessage", BotApiFault.Error(400, "Bad Request: group chat was upgraded to a supergroup chat", migrateToChatId: -100123));

        var flood = BotApiFailure.Of(await Assert.ThrowsAnyAsync<RequestException>(() => Client(_server.BaseUrl).SendMessage(1, "hi")));
        var moved = BotApiFailure.Of(await Assert.ThrowsAnyAsync<RequestException>(() => Client(_server.BaseUrl).SendMessage(1, "hi")));

        Assert.Equal(TimeSpan.FromSeconds(12), flood.RetryAfter);
        Assert.Equal(-100123, moved.MigrateToChatId);
        Assert.Equal(BotApiFailureKind.BadRequest, moved.Kind);
    }

    [Theory]
    [InlineData(401, "Unauthorized")]
    [InlineData(404, "Not Found")]
    [InlineData(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running")]
    public async Task ConfigurationErrors_AreFatal(int code, string description)
    {
        _server.InjectFault("getUpdates", BotApiFault.Error(code, description));

        var failure = BotApiFailure.Of(await Assert.ThrowsAnyAsync<RequestException>(() => Client(_server.BaseUrl).GetUpdates()));

        Assert.True(failure.IsFatal);
        Assert.False(failure.IsTransient);
    }

    [Fact]
    public async Task UnreachableServer_IsAConnectionFailure_WithoutTheToken()
    {
        var failure = BotApiFailure.Of(await Assert.ThrowsAnyAsync<RequestException>(() => Client(new Uri("http://127.0.0.1:1")).GetMe()));

        Assert.Equal(BotApiFailureKind.Connection, failure.Kind);
        Assert.DoesNotContain(_server.Token.Split(':')[1], failure.Description, StringComparison.Ordinal);
    }

    private TelegramBotClient Client(Uri baseUrl) =>
        new(new TelegramBotClientOptions(_server.Token, baseUrl.ToString()) { RetryThreshold = 0 }, _http);
}
