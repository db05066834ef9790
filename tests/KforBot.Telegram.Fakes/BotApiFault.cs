namespace KforBot.Telegram.Fakes;

/// <summary>A way for the fake Bot API server to fail (or hold) the next call of a method.</summary>
public abstract record BotApiFault
{
    /// <summary>A Bot API error envelope with that code, e.g. 429 with retry_after, 401, 403, 409, 500.</summary>
    public static BotApiFault Error(int code, string description, int? retryAfter = null, long? migrateToChatId = null) =>
        new ErrorFault(code, description, retryAfter, migrateToChatId);

    /// <summary>A body that is not the envelope: a proxy's HTML page, another JSON, or nothing.</summary>
    public static BotApiFault RawBody(int status, string body, string contentType = "text/html") => new RawBodyFault(status, body, contentType);

    /// <summary>ok: true without a result.</summary>
    public static BotApiFault NullResult() => new RawBodyFault(200, """{"ok":true,"result":null}""", "application/json");

    /// <summary>No answer until the client gives up (a timeout on the client's side).</summary>
    public static BotApiFault Hang() => new HangFault();

    /// <summary>The connection is dropped without an answer (a reset, as when a proxy or the network fails mid-call).</summary>
    public static BotApiFault Reset() => new ResetFault();

    /// <summary>The call waits until <paramref name="release"/> completes, then succeeds as usual.</summary>
    public static BotApiFault HoldUntil(Task release) => new HoldFault(release);

    internal sealed record ErrorFault(int Code, string Description, int? RetryAfter, long? MigrateToChatId) : BotApiFault;

    internal sealed record RawBodyFault(int Status, string Body, string ContentType) : BotApiFault;

    internal sealed record HangFault : BotApiFault;

    internal sealed record HoldFault(Task Release) : BotApiFault;

    internal sealed record ResetFault : BotApiFault;
}
