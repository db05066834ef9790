using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KforBot.Telegram.Conversation;

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

    public static IncomingRequest Read(Message message, User me)
    {
        if (message.Chat is null || !(message.Chat.IsPrivate() || message.Chat.IsGroup()) || message.From?.IsBot == true)
        {
            return IncomingRequest.Ignored;
        }

        var isReplyToMe = message.ReplyToMessage?.From?.Id == me.Id;
        if (message.Text is not { } text)
        {
            return Media.Contains(message.Type) && (message.Chat.IsPrivate() || isReplyToMe) ? new IncomingRequest(RequestKind.NonText) : IncomingRequest.Ignored;
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
            return new IncomingRequest(RequestKind.Question, text.Trim(), forwarded);
        }

        var mention = entities.FirstOrDefault(e => IsMentionOf(e, text, me));
        if (mention is not null)
        {
            var rest = string.Concat(text.AsSpan(0, mention.Offset), " ", text.AsSpan(mention.Offset + mention.Length)).Trim().TrimStart(',', ':').Trim();
            return rest.Length == 0 ? new IncomingRequest(RequestKind.Help) : new IncomingRequest(RequestKind.Question, rest, forwarded);
        }

        return isReplyToMe ? new IncomingRequest(RequestKind.Question, text.Trim(), forwarded) : IncomingRequest.Ignored;
    }

    private static IncomingRequest ReadCommand(string text, int length, bool isPrivate, User me)
    {
        var token = text[..length];
        var at = token.IndexOf('@', StringComparison.Ordinal);
        var name = (at < 0 ? token : token[..at]).ToLowerInvariant();
        var target = at < 0 ? null : token[(at + 1)..];
        if (target is not null && !string.Equals(target, me.Username, StringComparison.OrdinalIgnoreCase))
        {
            return IncomingRequest.Ignored;
        }

        var rest = text[length..].Trim();
        return name switch
        {
            "/start" => new IncomingRequest(RequestKind.Start),
            "/help" => new IncomingRequest(RequestKind.Help),
            "/sources" => new IncomingRequest(RequestKind.Sources),
            "/privacy" => new IncomingRequest(RequestKind.Privacy),
            "/forget" => new IncomingRequest(RequestKind.Forget),
            "/reindex" => new IncomingRequest(RequestKind.Reindex),
            "/stats" => new IncomingRequest(RequestKind.Stats),
            "/ask" => rest.Length == 0 ? new IncomingRequest(RequestKind.AskWithoutQuestion) : new IncomingRequest(RequestKind.Question, rest),
            // In a group, a bare unknown command is probably for another bot.
            _ => isPrivate || target is not null ? new IncomingRequest(RequestKind.UnknownCommand) : IncomingRequest.Ignored,
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
