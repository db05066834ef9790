using KforBot.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Conversation.Operators;

/// <summary>
/// Lets the operators through (on Telegram, the users listed in <c>Operators:TelegramUserIds</c>); logs anyone else's
/// attempt as a warning, with the user as their log pseudonym (the raw id only when <c>Log:StoreRawUserIds</c> is on).
/// </summary>
internal sealed partial class OperatorGate(IOptions<OperatorOptions> options, LoggedIds ids, ILogger<OperatorGate> logger)
{
    public bool Allows(Caller caller, string command)
    {
        if (caller.Channel == LogChannel.Telegram && options.Value.TelegramUserIds.Contains(caller.UserId))
        {
            return true;
        }

        LogDenied(logger, command, ids.Of(caller.Channel, caller.UserId));
        return false;
    }

    [LoggerMessage(1600, LogLevel.Warning, "{Command} refused: user {User} is not an operator (Operators:TelegramUserIds)")]
    private static partial void LogDenied(ILogger logger, string command, string user);
}
