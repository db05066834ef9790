using Microsoft.Extensions.Logging;

namespace KforBot.Moderation;

/// <summary>The moderators' site's log lines: who signed in, failed or was locked out, and what they changed.</summary>
internal static partial class Diagnostics
{
    [LoggerMessage(EventId = 1201, Level = LogLevel.Information, Message = "Moderator {Name} signed in")]
    public static partial void SignedIn(ILogger logger, string name);

    [LoggerMessage(EventId = 1202, Level = LogLevel.Warning, Message = "Failed sign-in for the name {Name} from {Address}")]
    public static partial void SignInFailed(ILogger logger, string name, string address);

    /// <summary>Logged once, when the lock starts; attempts refused while it lasts add no line.</summary>
    [LoggerMessage(EventId = 1203, Level = LogLevel.Warning, Message = "Sign-ins for the name {Name} locked until {Until} after repeated failures, the last from {Address}")]
    public static partial void LockedOut(ILogger logger, string name, string address, DateTimeOffset until);

    [LoggerMessage(EventId = 1204, Level = LogLevel.Information, Message = "Moderator {Name} set conversation {EntryId} to {Status}")]
    public static partial void StatusSet(ILogger logger, string name, string entryId, string status);

    [LoggerMessage(EventId = 1205, Level = LogLevel.Information, Message = "Moderators' site listening at {Urls}")]
    public static partial void Listening(ILogger logger, string urls);
}
