using System.Globalization;
using KforBot.Log;

namespace KforBot.Telegram.Formatting;

/// <summary>
/// The data of an answer's buttons: an action, the answer's id in the state file (for "More sources"; 0 when it was
/// not kept) and the question's entry in the interaction log (for 👍/👎 and "notify me"), e.g.
/// <c>up:42:0195…</c>. At most 59 bytes (a 32-character entry id), within Telegram's 64.
/// </summary>
internal readonly record struct CallbackData(CallbackAction Action, long AnswerId, string? EntryId)
{
    public override string ToString() => Name(Action) + ":" + AnswerId.ToString(CultureInfo.InvariantCulture) + (EntryId is null ? string.Empty : ":" + EntryId);

    /// <summary>
    /// Reads button data. 👍, 👎 and "notify me" need a log entry; buttons sent before the log existed (<c>up:42</c>)
    /// carry none and are refused, so the user is asked to ask again instead of being thanked for nothing.
    /// </summary>
    public static bool TryParse(string? data, out CallbackData result)
    {
        result = default;
        var parts = data?.Split(':') ?? [];
        if (parts.Length is < 2 or > 3 || !long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var answerId))
        {
            return false;
        }

        CallbackAction? action = parts[0] switch
        {
            "more" => CallbackAction.More,
            "up" => CallbackAction.Helpful,
            "down" => CallbackAction.NotHelpful,
            "notify" => CallbackAction.NotifyMe,
            _ => null,
        };
        var entryId = parts.Length == 3 ? parts[2] : null;
        if (action is null || (entryId is not null && !EntryIds.IsWellFormed(entryId)) || (action != CallbackAction.More && entryId is null))
        {
            return false;
        }

        result = new CallbackData(action.Value, answerId, entryId);
        return true;
    }

    private static string Name(CallbackAction action) => action switch
    {
        CallbackAction.More => "more",
        CallbackAction.Helpful => "up",
        CallbackAction.NotHelpful => "down",
        _ => "notify",
    };
}

/// <summary>What an answer's button asks for.</summary>
internal enum CallbackAction
{
    More,
    Helpful,
    NotHelpful,

    /// <summary>"🔔 Notify me if a source appears", under a refusal.</summary>
    NotifyMe,
}
