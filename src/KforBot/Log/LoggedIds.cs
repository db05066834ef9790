using System.Globalization;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>
/// How a channel's user or chat id appears in a log line: as its interaction-log pseudonym (a Telegram private chat's
/// id is its user's id, so the line matches the user's entries), or as the raw id only when <c>Log:StoreRawUserIds</c> is on.
/// </summary>
internal sealed class LoggedIds(IOptions<LogOptions> logOptions, UserPseudonyms pseudonyms)
{
    public string Of(LogChannel channel, long id)
    {
        var raw = id.ToString(CultureInfo.InvariantCulture);
        if (logOptions.Value.StoreRawUserIds)
        {
            return raw;
        }

        try
        {
            return pseudonyms.Of(channel, raw);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without the pseudonyms' key the id stays unnamed rather than raw against the settings.
            return "(pseudonym unavailable)";
        }
    }
}
