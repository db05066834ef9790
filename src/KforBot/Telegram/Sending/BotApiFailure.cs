using Telegram.Bot.Exceptions;

namespace KforBot.Telegram.Sending;

/// <summary>
/// How the bot reads a failed Telegram.Bot call: the library throws <see cref="ApiRequestException"/> for Telegram's
/// error answers and <see cref="RequestException"/> for timeouts, broken connections and bodies it could not read.
/// <see cref="Description"/> is Telegram's own text or a kind of fault, never the exception's inner details, which
/// may hold the request URI and so the token.
/// </summary>
internal sealed record BotApiFailure(BotApiFailureKind Kind, string Description, TimeSpan? RetryAfter = null, long? MigrateToChatId = null)
{
    /// <summary>Worth trying again after a wait.</summary>
    public bool IsTransient => Kind is BotApiFailureKind.TooManyRequests or BotApiFailureKind.ServerError
        or BotApiFailureKind.Timeout or BotApiFailureKind.Connection or BotApiFailureKind.MalformedResponse;

    /// <summary>No call can succeed until a person changes the configuration: the bot stops.</summary>
    public bool IsFatal => Kind is BotApiFailureKind.Unauthorized or BotApiFailureKind.NotFound or BotApiFailureKind.Conflict;

    public bool IsCantParseEntities => Kind == BotApiFailureKind.BadRequest
        && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    public static BotApiFailure Of(RequestException error) => error switch
    {
        ApiRequestException api => new BotApiFailure(
            KindOf(api.ErrorCode),
            $"{api.ErrorCode} {api.Message}",
            api.Parameters?.RetryAfter is { } seconds ? TimeSpan.FromSeconds(seconds) : null,
            api.Parameters?.MigrateToChatId),
        { HttpStatusCode: { } status } => new BotApiFailure(
            (int)status >= 400 ? KindOf((int)status) : BotApiFailureKind.MalformedResponse,
            $"HTTP {(int)status} with a body that is not a Bot API response"),
        _ when IsTimeout(error) => new BotApiFailure(BotApiFailureKind.Timeout, "no answer in time"),
        _ => new BotApiFailure(BotApiFailureKind.Connection, $"the connection failed ({ConnectionError(error)})"),
    };

    private static BotApiFailureKind KindOf(int code) => code switch
    {
        401 => BotApiFailureKind.Unauthorized,
        403 => BotApiFailureKind.Forbidden,
        404 => BotApiFailureKind.NotFound,
        409 => BotApiFailureKind.Conflict,
        429 => BotApiFailureKind.TooManyRequests,
        >= 500 => BotApiFailureKind.ServerError,
        _ => BotApiFailureKind.BadRequest,
    };

    // HttpClient.Timeout surfaces as a TaskCanceledException wrapping a TimeoutException.
    private static bool IsTimeout(RequestException error) => error.InnerException is OperationCanceledException or TimeoutException;

    private static string ConnectionError(RequestException error) =>
        error.InnerException is HttpRequestException http ? http.HttpRequestError.ToString() : error.InnerException?.GetType().Name ?? "unknown";
}
