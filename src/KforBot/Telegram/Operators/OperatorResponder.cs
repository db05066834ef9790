using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Search;
using KforBot.Telegram.Conversation;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Operators;

/// <summary>
/// The operators' commands: <c>/reindex</c> starts a live reindex, <c>/stats</c> replies with the index's and the
/// log's figures. Anyone not in <c>Operators:TelegramUserIds</c> gets "not allowed" (and the attempt is logged).
/// </summary>
internal sealed class OperatorResponder(
    OperatorGate gate,
    LiveReindex reindex,
    IPassageIndex index,
    InteractionQueries queries,
    IInteractionLog interactions,
    IOptions<LogOptions> logOptions,
    ChatSender sender,
    TimeProvider timeProvider)
{
    public async Task RespondAsync(Message message, RequestKind kind, CancellationToken cancellationToken)
    {
        var command = kind == RequestKind.Reindex ? "/reindex" : "/stats";
        string reply;
        if (!gate.Allows(message.From?.Id ?? 0, command))
        {
            reply = BotReplies.NotAllowed;
        }
        else if (kind == RequestKind.Reindex)
        {
            reply = reindex.TryStart(message.Chat.Id, message.Chat.IsGroup(), message.MessageId) ? OperatorReplies.ReindexStarted : OperatorReplies.ReindexRunning;
        }
        else
        {
            reply = await StatsAsync(cancellationToken).ConfigureAwait(false);
        }

        await sender.SendAsync(new OutgoingMessage(message.Chat.Id, message.Chat.IsGroup(), TelegramHtml.Escape(reply), message.MessageId), cancellationToken).ConfigureAwait(false);
    }

    private async Task<string> StatsAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (summary, unusable) = await index.TryGetSummaryAsync(cancellationToken).ConfigureAwait(false);
        LogStatistics? log = null;
        string? logProblem = null;
        try
        {
            log = await queries.StatisticsAsync(new DateTimeOffset(now.UtcDateTime.Date, TimeSpan.Zero), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            logProblem = e.Message;
        }

        return OperatorReplies.Stats(summary, unusable, log, logProblem, interactions.Health, logOptions.Value, now);
    }
}
