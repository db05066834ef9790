using KforBot.Answering;
using KforBot.Conversation;
using KforBot.State;
using KforBot.Telegram.Formatting;
using Telegram.Bot.Types.ReplyMarkups;

namespace KforBot.Telegram.Sending;

/// <summary>
/// Shows an answer in a chat: keeps it in the <see cref="AnswerArchive"/> so "More sources" works, formats it as HTML
/// (split on passage boundaries when long) and sends it, the first part replying to the question, the buttons under the last.
/// An answer the state file could not keep is still sent, without "More sources" (nothing for it to refer to); 👍/👎
/// and "notify me" refer to the interaction log and stay.
/// </summary>
internal sealed class AnswerPresenter(AnswerArchive archive, ChatMigrations migrations, ChatSender sender)
{
    /// <param name="chatId">Where to show it.</param>
    /// <param name="isGroup">Whether that chat is a group.</param>
    /// <param name="answer">The answer or refusal.</param>
    /// <param name="lead">The line before the passages.</param>
    /// <param name="shownBefore">Passages of this question shown in earlier messages ("More sources").</param>
    /// <param name="replyTo">The message it answers.</param>
    /// <param name="entryId">The question's entry in the interaction log, for 👍/👎 and "notify me"; null for none.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    public async Task PresentAsync(long chatId, bool isGroup, Answer answer, string lead, int shownBefore, int? replyTo, string? entryId, CancellationToken cancellationToken)
    {
        InlineKeyboardMarkup? keyboard = null;
        if (answer.Kind != AnswerKind.Greeting)
        {
            var currentChatId = await migrations.ResolveAsync(chatId, cancellationToken).ConfigureAwait(false);
            var answerId = await archive.TryKeepAsync(currentChatId, answer.Question, shownBefore + answer.Passages.Count, cancellationToken).ConfigureAwait(false);
            keyboard = AnswerKeyboard.For(answerId, entryId, hasMore: !answer.IsRefused && answer.MorePassages > 0, offerNotify: answer.Kind == AnswerKind.Refused);
        }

        var messages = AnswerHtmlFormatter.Format(answer, lead);
        for (var i = 0; i < messages.Count; i++)
        {
            var last = i == messages.Count - 1;
            var message = new OutgoingMessage(chatId, isGroup, messages[i], i == 0 ? replyTo : null, last ? keyboard : null);
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }
}
