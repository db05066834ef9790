using System.Globalization;
using KforBot.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Operators;

/// <summary>
/// Lets the users listed in <c>Operators:TelegramUserIds</c> through; logs anyone else's attempt as a warning, with
/// the user as their log pseudonym (the raw id only when <c>Log:StoreRawUserIds</c> is on).
/// </summary>
internal sealed class OperatorGate(IOptions<OperatorOptions> options, IOptions<LogOptions> logOptions, UserPseudonyms pseudonyms, ILogger<OperatorGate> logger)
{
    public bool Allows(long userId, string command)
    {
        if (options.Value.TelegramUserIds.Contains(userId))
        {
            return true;
        }

        var raw = userId.ToString(CultureInfo.InvariantCulture);
        string who;
        try
        {
            who = logOptions.Value.StoreRawUserIds ? raw : pseudonyms.Of(LogChannel.Telegram, raw);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the pseudonyms' key the user stays unnamed rather than named by raw id against the settings.
            who = "(pseudonym unavailable)";
        }

        Log.OperatorCommandDenied(logger, command, who);
        return false;
    }
}
