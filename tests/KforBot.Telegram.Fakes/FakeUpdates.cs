using System.Text.Json.Nodes;

namespace KforBot.Telegram.Fakes;

/// <summary>Builds the JSON of updates as Telegram sends them (without update_id: the server numbers them).</summary>
public static class FakeUpdates
{
    private static long _nextMessageId = 1000;

    public static long NextMessageId() => Interlocked.Increment(ref _nextMessageId);

    public static JsonObject PrivateText(long userId, string text, long? messageId = null) =>
        Message(Chat(userId, "private"), userId, text, messageId);

    public static JsonObject GroupText(long chatId, long userId, string text, long? messageId = null, JsonObject? replyTo = null) =>
        Message(Chat(chatId, "supergroup"), userId, text, messageId, replyTo);

    /// <summary>A text message; entities for a leading /command and for @mentions are added as Telegram would.</summary>
    public static JsonObject Message(JsonObject chat, long userId, string text, long? messageId = null, JsonObject? replyTo = null)
    {
        var message = BaseMessage(chat, userId, messageId);
        message["text"] = text;
        var entities = Entities(text);
        if (entities.Count > 0)
        {
            message["entities"] = entities;
        }

        if (replyTo is not null)
        {
            message["reply_to_message"] = replyTo;
        }

        return new JsonObject { ["message"] = message };
    }

    /// <summary>A message without text: "sticker", "photo", "voice"...</summary>
    public static JsonObject Media(long userId, string kind) =>
        new() { ["message"] = WithField(BaseMessage(Chat(userId, "private"), userId, null), kind, new JsonObject { ["file_id"] = "file-1" }) };

    public static JsonObject Forwarded(long userId, string text)
    {
        var update = PrivateText(userId, text);
        update["message"]!["forward_origin"] = new JsonObject { ["type"] = "hidden_user", ["date"] = 1_700_000_000, ["sender_user_name"] = "Someone" };
        return update;
    }

    public static JsonObject Edited(long userId, string text) =>
        new() { ["edited_message"] = PrivateText(userId, text)["message"]!.DeepClone() };

    /// <summary>A press on a button under a message the bot sent to that chat.</summary>
    public static JsonObject Callback(long userId, long chatId, long messageId, string data) => new()
    {
        ["callback_query"] = new JsonObject
        {
            ["id"] = $"cb-{NextMessageId()}",
            ["from"] = User(userId),
            ["message"] = new JsonObject
            {
                ["message_id"] = messageId,
                ["date"] = 1_700_000_000,
                ["chat"] = Chat(chatId, chatId < 0 ? "supergroup" : "private"),
                ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "KFOR Bot" },
            },
            ["chat_instance"] = "ci-1",
            ["data"] = data,
        },
    };

    /// <summary>A message the bot sent, as it appears inside reply_to_message.</summary>
    public static JsonObject BotMessage(long chatId, long messageId) => new()
    {
        ["message_id"] = messageId,
        ["date"] = 1_700_000_000,
        ["chat"] = Chat(chatId, chatId < 0 ? "supergroup" : "private"),
        ["from"] = new JsonObject { ["id"] = FakeBotApiServer.BotId, ["is_bot"] = true, ["first_name"] = "KFOR Bot", ["username"] = FakeBotApiServer.BotUsername },
        ["text"] = "Here is what my sources say:",
    };

    public static JsonObject Chat(long chatId, string type) =>
        type == "private"
            ? new JsonObject { ["id"] = chatId, ["type"] = type, ["first_name"] = "Tester" }
            : new JsonObject { ["id"] = chatId, ["type"] = type, ["title"] = "Test group" };

    private static JsonObject BaseMessage(JsonObject chat, long userId, long? messageId) => new()
    {
        ["message_id"] = messageId ?? NextMessageId(),
        ["from"] = User(userId),
        ["chat"] = chat,
        ["date"] = 1_700_000_000,
    };

    private static JsonObject User(long userId) =>
        new() { ["id"] = userId, ["is_bot"] = false, ["first_name"] = "Tester", ["language_code"] = "en" };

    private static JsonObject WithField(JsonObject message, string name, JsonNode value)
    {
        message[name] = value;
        return message;
    }

    private static JsonArray Entities(string text)
    {
        var entities = new JsonArray();
        if (text.StartsWith('/'))
        {
            var end = text.IndexOfAny([' ', '\n']);
            entities.Add(new JsonObject { ["type"] = "bot_command", ["offset"] = 0, ["length"] = end < 0 ? text.Length : end });
        }

        for (var at = text.IndexOf('@', StringComparison.Ordinal); at >= 0; at = text.IndexOf('@', at + 1))
        {
            if (at > 0 && !char.IsWhiteSpace(text[at - 1]))
            {
                continue;
            }

            var end = at + 1;
            while (end < text.Length && (char.IsAsciiLetterOrDigit(text[end]) || text[end] == '_'))
            {
                end++;
            }

            if (end > at + 1)
            {
                entities.Add(new JsonObject { ["type"] = "mention", ["offset"] = at, ["length"] = end - at });
            }
        }

        return entities;
    }
}
