using System.Text.Json;
using System.Text.Json.Serialization;

namespace KforBot.Telegram.Api;

// The Bot API objects the bot reads, with only the fields it uses (unknown fields are skipped).
// Ids and dates are long: user and chat ids exceed 32 bits, dates are Unix seconds.

/// <summary>One incoming update; at most one of its optional parts is set.</summary>
internal sealed record Update(
    long UpdateId,
    Message? Message = null,
    Message? EditedMessage = null,
    CallbackQuery? CallbackQuery = null,
    ChatMemberUpdated? MyChatMember = null);

/// <summary>A chat message. <see cref="Other"/> keeps the fields not modelled, to tell media from service messages.</summary>
internal sealed record Message
{
    public required long MessageId { get; init; }

    public required TelegramChat Chat { get; init; }

    public long Date { get; init; }

    public User? From { get; init; }

    public string? Text { get; init; }

    public IReadOnlyList<MessageEntity>? Entities { get; init; }

    public Message? ReplyToMessage { get; init; }

    public JsonElement? ForwardOrigin { get; init; }

    // Settable, not init: System.Text.Json cannot fill extension data through init-only members.
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Other { get; set; }
}

/// <summary>A Telegram user or bot.</summary>
internal sealed record User(long Id, bool IsBot, string FirstName, string? Username = null, string? LanguageCode = null);

/// <summary>A chat: <see cref="Type"/> is private, group, supergroup or channel.</summary>
internal sealed record TelegramChat(long Id, string Type, string? Title = null, string? Username = null)
{
    public bool IsPrivate => Type == "private";

    public bool IsGroup => Type is "group" or "supergroup";
}

/// <summary>A special part of a message's text; offsets count UTF-16 code units, as C# strings do.</summary>
internal sealed record MessageEntity(string Type, int Offset, int Length, User? User = null);

/// <summary>A press on an inline keyboard button.</summary>
internal sealed record CallbackQuery(string Id, User From, Message? Message = null, string? Data = null);

/// <summary>The bot's own membership changed in a chat (blocked, unblocked, added, kicked).</summary>
internal sealed record ChatMemberUpdated(TelegramChat Chat, User From, long Date, ChatMember OldChatMember, ChatMember NewChatMember);

/// <summary>A member's status in a chat: creator, administrator, member, restricted, left or kicked.</summary>
internal sealed record ChatMember(string Status, User User);
