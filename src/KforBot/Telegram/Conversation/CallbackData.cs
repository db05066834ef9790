using System.Globalization;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// The data of an answer's buttons: an action and the answer's id, e.g. <c>more:42</c>. At most 25 bytes,
/// well within Telegram's 64.
/// </summary>
internal readonly record struct CallbackData(CallbackAction Action, long AnswerId)
{
    public override string ToString() => Action switch
    {
        CallbackAction.More => "more:",
        CallbackAction.Helpful => "up:",
        _ => "down:",
    } + AnswerId.ToString(CultureInfo.InvariantCulture);

    public static bool TryParse(string? data, out CallbackData result)
    {
        result = default;
        var colon = data?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (colon < 0 || !long.TryParse(data.AsSpan(colon + 1), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            return false;
        }

        CallbackAction? action = data![..colon] switch
        {
            "more" => CallbackAction.More,
            "up" => CallbackAction.Helpful,
            "down" => CallbackAction.NotHelpful,
            _ => null,
        };
        if (action is null)
        {
            return false;
        }

        result = new CallbackData(action.Value, id);
        return true;
    }
}

/// <summary>What an answer's button asks for.</summary>
internal enum CallbackAction
{
    More,
    Helpful,
    NotHelpful,
}
