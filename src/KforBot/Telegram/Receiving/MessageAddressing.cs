using KforBot.Conversation;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Decides whether a message is for the bot and what it asks. In a private chat every text is a question. In a
/// group (privacy mode) only <c>/ask question</c>, <c>/ask@OurBot question</c>, a message that mentions the bot or a
/// reply to the bot count; the rest is ignored. <c>@names</c> are compared with getMe's username, ignoring case.
/// </summary>
internal static class MessageAddressing
{
    // Messages that carry media; any other message without text is a service message (member joined, pinned...).
    private static readonly HashSet<MessageType> Media =
    [
        MessageType.Sticker, MessageType.Photo, MessageType.Voice, MessageType.Video, MessageType.VideoNote, MessageType.Audio,
        MessageType.Document, MessageType.Animation, MessageType.Location, MessageType.Venue, MessageType.Contact,
        MessageType.Poll, MessageType.Dice, MessageType.Story,
    ];

    public static Request Read(Message message, User me)
    {
        if (message.Chat is null || !(message.Chat.IsPrivate() || message.Chat.IsGroup()) || message.From?.IsBot == true)
        {
            return Request.Ignored;
        }

        var isReplyToMe = message.ReplyToMessage?.From?.Id == me.Id;
        if (message.Text is not { } text)
        {
            return Media.Contains(message.Type) && (message.Chat.IsPrivate() || isReplyToMe) ? new Request(RequestKind.NonText) : Request.Ignored;
        }

        var forwarded = message.ForwardOrigin is not null;
        var entities = message.Entities ?? [];
        var command = entities.FirstOrDefault(e => e.Type == MessageEntityType.BotCommand && e.Offset == 0);
        if (command is not null && command.Length <= text.Length)
        {
            return ReadCommand(text, command.Length, message.Chat.IsPrivate(), me);
        }

        if (message.Chat.IsPrivate())
        {
            return new Request(RequestKind.Question, text.Trim(), forwarded);
        }

        var mention = entities.FirstOrDefault(e => IsMentionOf(e, text, me));
        if (mention is not null)
        {
            var rest = string.Concat(text.AsSpan(0, mention.Offset), " ", text.AsSpan(mention.Offset + mention.Length)).Trim().TrimStart(',', ':').Trim();
            return rest.Length == 0 ? new Request(RequestKind.Help) : new Request(RequestKind.Question, rest, forwarded);
        }

        return isReplyToMe ? new Request(RequestKind.Question, text.Trim(), forwarded) : Request.Ignored;
    }

    private static Request ReadCommand(string text, int length, bool isPrivate, User me)
    {
        var token = text[..length];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token : token[..at]).ToLowerInvariant();
        var target = at < 0 ? null : token[(at + 1)..];
        if (target is not null && !string.Equals(target, me.Username, StringComparison.OrdinalIgnoreCase))
        {
            return Request.Ignored;
        }

        var rest = text[length..].Trim();
        return name switch
        {
            "/start" => new Request(RequestKind.Start),
            "/help" => new Request(RequestKind.Help),
            "/sources" => new Request(RequestKind.Sources),
            "/privacy" => new Request(RequestKind.Privacy),
            "/forget" => new Request(RequestKind.Forget),
            "/reindex" => new Request(RequestKind.Reindex),
            "/stats" => new Request(RequestKind.Stats),
            "/ask" => rest.Length == 0 ? new Request(RequestKind.AskWithoutQuestion) : new Request(RequestKind.Question, rest),
            // In a group, a bare unknown command is probably for another bot.
            _ => isPrivate || target is not null ? new Request(RequestKind.UnknownCommand) : Request.Ignored,
        };
    }

    private static bool IsMentionOf(MessageEntity entity, string text, User me) => entity.Type switch
    {
        MessageEntityType.Mention => me.Username is { } username
            && entity.Offset >= 0 && entity.Offset + entity.Length <= text.Length
            && text.AsSpan(entity.Offset, entity.Length).Equals("@" + username, StringComparison.OrdinalIgnoreCase),
        MessageEntityType.TextMention => entity.User?.Id == me.Id,
        _ => false,
    };
}
