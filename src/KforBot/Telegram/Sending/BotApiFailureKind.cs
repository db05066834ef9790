namespace KforBot.Telegram.Sending;

/// <summary>What went wrong with a Bot API call, as far as the bot's reaction goes.</summary>
internal enum BotApiFailureKind
{
    /// <summary>400 and other 4xx not listed below: our request is wrong, or the chat moved. Not retried.</summary>
    BadRequest,

    /// <summary>401: the token was rejected. The bot stops.</summary>
    Unauthorized,

    /// <summary>403: the user blocked the bot, or it was removed from the group. The bot stops writing there.</summary>
    Forbidden,

    /// <summary>404: bad method or base URL. The bot stops.</summary>
    NotFound,

    /// <summary>409: a webhook is set, or another instance is polling. The bot stops.</summary>
    Conflict,

    /// <summary>429: flood control; wait the retry_after Telegram gave.</summary>
    TooManyRequests,

    /// <summary>5xx: Telegram's side failed. Retried with backoff.</summary>
    ServerError,

    /// <summary>No answer within the request timeout. Retried with backoff.</summary>
    Timeout,

    /// <summary>The connection was refused, reset or broke. Retried with backoff.</summary>
    Connection,

    /// <summary>The body is not a Bot API response (a proxy's HTML page, an empty body, a missing result). Retried with backoff.</summary>
    MalformedResponse,
}
