using System.Text.Json.Nodes;

namespace KforBot.Telegram.Fakes;

/// <summary>A call the fake server received: the method, its JSON body and when it arrived (Stopwatch timestamp).</summary>
public sealed record RecordedRequest(string Method, JsonObject Body, long Timestamp)
{
    public long ChatId => Body["chat_id"]?.GetValue<long>() ?? 0;

    public string Text => Body["text"]?.GetValue<string>() ?? string.Empty;

    public string? ParseMode => Body["parse_mode"]?.GetValue<string>();

    public long? ReplyToMessageId => Body["reply_parameters"]?["message_id"]?.GetValue<long>();

    /// <summary>The texts of the inline keyboard's buttons, row after row.</summary>
    public IReadOnlyList<string> ButtonTexts =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray()).Select(b => b!["text"]!.GetValue<string>()).ToList() ?? [];

    /// <summary>The callback data of the button with that text, or null.</summary>
    public string? CallbackData(string buttonText) =>
        Body["reply_markup"]?["inline_keyboard"]?.AsArray().SelectMany(row => row!.AsArray())
            .FirstOrDefault(b => b!["text"]!.GetValue<string>() == buttonText)?["callback_data"]?.GetValue<string>();
}
