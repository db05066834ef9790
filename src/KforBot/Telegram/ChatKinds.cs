using KforBot.Conversation;
using KforBot.Log;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using TelegramChat = Telegram.Bot.Types.Chat;

namespace KforBot.Telegram;

/// <summary>The chat kinds the bot treats differently: a private chat (every text is a question) and a group or supergroup (privacy-mode rules, stricter flood limit).</summary>
internal static class ChatKinds
{
    public static bool IsPrivate(this TelegramChat chat) => chat.Type == ChatType.Private;

    public static bool IsGroup(this TelegramChat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>Who wrote in the chat, for the conversation (a private chat's id is its user's).</summary>
    public static Caller CallerFor(this TelegramChat chat, User? from) =>
        new(LogChannel.Telegram, chat.Type.ToString().ToLowerInvariant(), chat.Id, from?.Id ?? chat.Id);
}
