using System.Globalization;
using KforBot.Log;

namespace KforBot.Conversation;

/// <summary>What a message asks of the bot, once the channel has read it.</summary>
/// <param name="Kind">The kind of request.</param>
/// <param name="Text">The question (without command or mention), or empty.</param>
/// <param name="IsForwarded">Whether the message was forwarded from elsewhere (then it is a claim to check).</param>
internal sealed record Request(RequestKind Kind, string Text = "", bool IsForwarded = false)
{
    public static Request Ignored { get; } = new(RequestKind.Ignored);
}

/// <summary>The kinds of request a message can carry.</summary>
internal enum RequestKind
{
    /// <summary>Not for the bot (a group message not addressed to it, a service message, another bot's command).</summary>
    Ignored,
    Question,
    Start,
    Help,
    Sources,

    /// <summary>/privacy: what the interaction log keeps.</summary>
    Privacy,

    /// <summary>/forget: delete the user's entries in the interaction log.</summary>
    Forget,

    /// <summary>/reindex, for operators.</summary>
    Reindex,

    /// <summary>/stats, for operators.</summary>
    Stats,

    /// <summary>/ask with nothing after it.</summary>
    AskWithoutQuestion,
    UnknownCommand,

    /// <summary>A sticker, photo, voice message or other media addressed to the bot.</summary>
    NonText,
}

/// <summary>Who sent a request, and where the replies go.</summary>
/// <param name="Channel">The channel it came through.</param>
/// <param name="ChatType">The kind of chat, as <see cref="Asker.ChatType"/>.</param>
/// <param name="ChatId">The chat the replies go to (on Telegram, a private chat's id is its user's).</param>
/// <param name="UserId">The user who wrote.</param>
internal sealed record Caller(LogChannel Channel, string ChatType, long ChatId, long UserId)
{
    public Asker Asker => new(Channel, ChatType, UserId.ToString(CultureInfo.InvariantCulture));
}
