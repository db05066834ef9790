using KforBot.Answering;
using KforBot.Conversation;
using KforBot.Formatting;
using KforBot.Telegram.Formatting;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Sending;

/// <summary>The conversation's replies to one Telegram message: escaped into Telegram HTML and sent in reply to it.</summary>
internal sealed class MessageReplies(Message message, ChatSender sender, AnswerPresenter presenter) : IConversationReplies
{
    public Task SayAsync(string text, CancellationToken cancellationToken) =>
        sender.ReplyAsync(message, TelegramHtml.Escape(text), cancellationToken);

    public Task SayLinesAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken) =>
        ReplyInPartsAsync([.. lines.Select(line => TelegramHtml.Escape(line))], cancellationToken);

    public Task SayYoureWelcomeAsync(CancellationToken cancellationToken) => SayAsync(BotReplies.ThankYou, cancellationToken);

    public Task ShowHelpAsync(int articleCount, IReadOnlyList<string> examples, bool isStart, CancellationToken cancellationToken) =>
        sender.ReplyAsync(message, BotReplies.Help(articleCount, examples, isStart), cancellationToken);

    public Task ShowSourcesAsync(IReadOnlyList<Citation> sources, CancellationToken cancellationToken) =>
        ReplyInPartsAsync(BotReplies.Sources(sources), cancellationToken);

    public Task ShowAnswerAsync(Answer answer, string lead, string? entryId, CancellationToken cancellationToken) =>
        presenter.PresentAsync(message.Chat.Id, message.Chat.IsGroup(), answer, lead, 0, message.MessageId, entryId, cancellationToken);

    public Task ShowTypingAsync(CancellationToken cancellationToken) => sender.ShowTypingAsync(message.Chat.Id, cancellationToken);

    private async Task ReplyInPartsAsync(IReadOnlyList<string> html, CancellationToken cancellationToken)
    {
        foreach (var part in MessagePacking.Pack(html, TelegramHtml.MaxMessageLength, separator: "\n"))
        {
            await sender.ReplyAsync(message, part, cancellationToken).ConfigureAwait(false);
        }
    }
}
