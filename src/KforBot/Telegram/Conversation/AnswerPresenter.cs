using System.Globalization;
using KforBot.Answering;
using KforBot.Telegram.Api;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Sending;
using KforBot.Telegram.State;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Shows an answer in a chat: keeps it in the <see cref="AnswerArchive"/> so its buttons work, formats it as HTML
/// (split on passage boundaries when long) and sends it, the first part replying to the question, the buttons under the last.
/// </summary>
internal sealed class AnswerPresenter(AnswerArchive archive, ChatSender sender)
{
    /// <param name="chat">Where to show it.</param>
    /// <param name="answer">The answer or refusal.</param>
    /// <param name="lead">The line before the passages.</param>
    /// <param name="shownBefore">Passages of this question shown in earlier messages ("More sources").</param>
    /// <param name="replyTo">The message it answers.</param>
    /// <param name="cancellationToken">Cancels the sending.</param>
    public async Task PresentAsync(TelegramChat chat, Answer answer, string lead, int shownBefore, long? replyTo, CancellationToken cancellationToken)
    {
        InlineKeyboardMarkup? keyboard = null;
        if (answer.Kind != AnswerKind.Greeting)
        {
            var passages = answer.Passages.Select(Shown).ToList();
            var shown = await archive.SaveAsync(chat.Id, answer.Question, shownBefore + passages.Count, passages, cancellationToken).ConfigureAwait(false);
            keyboard = AnswerKeyboard.For(shown.Id, hasMore: !answer.IsRefused && answer.MorePassages > 0);
        }

        var messages = AnswerHtmlFormatter.Format(answer, lead);
        for (var i = 0; i < messages.Count; i++)
        {
            var last = i == messages.Count - 1;
            var message = new OutgoingMessage(chat.Id, chat.IsGroup, messages[i], i == 0 ? replyTo : null, last ? keyboard : null);
            await sender.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
    }

    private static ShownPassage Shown(QuotedPassage passage) => new(
        passage.PassageId,
        passage.Citation.ArticleId,
        passage.Citation.Title,
        passage.Citation.Outlet,
        passage.Citation.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        passage.Citation.Url?.AbsoluteUri,
        passage.Text);
}
