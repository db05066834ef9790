using KforBot.Conversation;
using KforBot.Conversation.Operators;
using KforBot.Telegram.Conversation;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Sending;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Operators;

/// <summary>
/// The operators' commands on Telegram: <c>/reindex</c> starts the <see cref="OperatorDesk"/>'s live reindex, whose
/// report comes back to the chat; <c>/stats</c> replies with its figures. Anyone not in
/// <c>Operators:TelegramUserIds</c> gets "not allowed" (and the attempt is logged).
/// </summary>
internal sealed class OperatorResponder(OperatorGate gate, OperatorDesk desk, ChatSender sender)
{
    public async Task RespondAsync(Message message, RequestKind kind, CancellationToken cancellationToken)
    {
        var reply = !gate.Allows(message.From?.Id ?? 0, kind == RequestKind.Reindex ? "/reindex" : "/stats") ? Replies.NotAllowed
            : kind == RequestKind.Stats ? await desk.StatsAsync(cancellationToken).ConfigureAwait(false)
            : desk.TryStartReindex(ReportAsync) ? OperatorReplies.ReindexStarted
            : OperatorReplies.ReindexRunning;
        await sender.ReplyAsync(message, TelegramHtml.Escape(reply), cancellationToken).ConfigureAwait(false);

        async Task ReportAsync(IReadOnlyList<string> lines, CancellationToken stopping)
        {
            foreach (var part in AnswerHtmlFormatter.Pack([.. lines.Select(line => TelegramHtml.Escape(line))], separator: "\n"))
            {
                await sender.ReplyAsync(message, part, stopping).ConfigureAwait(false);
            }
        }
    }
}
