using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Operators;

/// <summary>
/// Lets the users listed in <c>Operators:TelegramUserIds</c> through; logs anyone else's attempt as a warning, with
/// the user as their log pseudonym (the raw id only when <c>Log:StoreRawUserIds</c> is on).
/// </summary>
internal sealed class OperatorGate(IOptions<OperatorOptions> options, LoggedIds ids, ILogger<OperatorGate> logger)
{
    public bool Allows(long userId, string command)
    {
        if (options.Value.TelegramUserIds.Contains(userId))
        {
            return true;
        }

        Diagnostics.OperatorCommandDenied(logger, command, ids.Of(userId));
        return false;
    }
}
