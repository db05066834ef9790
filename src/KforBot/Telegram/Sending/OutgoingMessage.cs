using Telegram.Bot.Types.ReplyMarkups;

namespace KforBot.Telegram.Sending;

/// <summary>A message to send in HTML parse mode, escaped already.</summary>
/// <param name="ChatId">Where to send it.</param>
/// <param name="IsGroup">Whether the chat is a group or supergroup (stricter flood limit).</param>
/// <param name="Html">The text with Telegram's HTML markup, at most 4,096 characters.</param>
/// <param name="ReplyToMessageId">The message it answers, if any.</param>
/// <param name="Keyboard">Buttons under it, if any.</param>
internal sealed record OutgoingMessage(long ChatId, bool IsGroup, string Html, int? ReplyToMessageId = null, InlineKeyboardMarkup? Keyboard = null);
