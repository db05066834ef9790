namespace KforBot.Telegram.Api;

/// <summary>
/// A Bot API call failed. The message names the method and Telegram's description, never the URL
/// (the token is part of every Bot API URL).
/// </summary>
internal sealed class BotApiException : Exception
{
    public BotApiException(string method, BotApiErrorKind kind, int errorCode, string description, TimeSpan? retryAfter = null, long? migrateToChatId = null, Exception? innerException = null)
        : base($"Bot API {method} failed: {(errorCode > 0 ? errorCode + " " : string.Empty)}{description}", innerException)
    {
        Method = method;
        Kind = kind;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }

    public BotApiErrorKind Kind { get; }

    /// <summary>Telegram's error_code (equal to the HTTP status), or 0 when no envelope was read.</summary>
    public int ErrorCode { get; }

    public string Description { get; }

    public TimeSpan? RetryAfter { get; }

    public long? MigrateToChatId { get; }

    /// <summary>Worth trying again after a wait.</summary>
    public bool IsTransient => Kind is BotApiErrorKind.TooManyRequests or BotApiErrorKind.ServerError
        or BotApiErrorKind.Timeout or BotApiErrorKind.Connection or BotApiErrorKind.MalformedResponse;

    /// <summary>No call can succeed until a person changes the configuration: the bot stops.</summary>
    public bool IsFatal => Kind is BotApiErrorKind.Unauthorized or BotApiErrorKind.NotFound or BotApiErrorKind.Conflict;

    public bool IsCantParseEntities => Kind == BotApiErrorKind.BadRequest
        && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);

    public bool IsNotModified => Kind == BotApiErrorKind.BadRequest
        && Description.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static BotApiErrorKind KindOf(int code) => code switch
    {
        401 => BotApiErrorKind.Unauthorized,
        403 => BotApiErrorKind.Forbidden,
        404 => BotApiErrorKind.NotFound,
        409 => BotApiErrorKind.Conflict,
        429 => BotApiErrorKind.TooManyRequests,
        >= 500 => BotApiErrorKind.ServerError,
        _ => BotApiErrorKind.BadRequest,
    };
}
