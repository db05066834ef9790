namespace KforBot.Telegram.Api;

/// <summary>The envelope of every Bot API response.</summary>
internal sealed record ApiResponse<T>(
    bool Ok,
    T? Result = default,
    string? Description = null,
    int? ErrorCode = null,
    ResponseParameters? Parameters = null);

/// <summary>What a failed call tells the bot to do: wait <see cref="RetryAfter"/> seconds, or write to another chat.</summary>
internal sealed record ResponseParameters(int? RetryAfter = null, long? MigrateToChatId = null);
