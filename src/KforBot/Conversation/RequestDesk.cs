using System.Globalization;
using KforBot.Answering;
using KforBot.Conversation.Operators;
using KforBot.Formatting;
using KforBot.Log;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Conversation;

/// <summary>
/// The conversation of a channel many people write to, request by request, whatever the channel: a question (too
/// long or over the user's per-minute limit gets a short notice; otherwise "typing…" shows while the
/// <see cref="QuestionDesk"/> answers and records it, beside the answer so a slow one never delays it), /start and
/// /help, /sources, /privacy, /forget, the operators' /reindex (whose report comes back to the chat) and /stats, and
/// the short notices. The room decides what to say; the channel's <see cref="IConversationReplies"/> formats and sends it.
/// </summary>
internal sealed partial class RequestDesk(
    QuestionDesk desk,
    OperatorDesk operatorDesk,
    OperatorGate operatorGate,
    QuestionRateLimiter rateLimiter,
    ISourceCatalog sources,
    IOptions<ConversationOptions> options,
    IOptions<AnsweringOptions> answering,
    IOptions<LogOptions> logOptions,
    LoggedIds ids,
    ILogger<RequestDesk> logger)
{
    public async Task RespondAsync(Request request, Caller caller, IConversationReplies replies, CancellationToken cancellationToken)
    {
        switch (request.Kind)
        {
            case RequestKind.Question:
                await AskAsync(request, caller, replies, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Start or RequestKind.Help:
                var catalog = await sources.ListAsync(cancellationToken).ConfigureAwait(false);
                await replies.ShowHelpAsync(catalog.Count, answering.Value.EffectiveExampleQuestions, request.Kind == RequestKind.Start, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Sources:
                await replies.ShowSourcesAsync(await sources.ListAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Reindex or RequestKind.Stats:
                await replies.SayAsync(await OperatorReplyAsync(request.Kind, caller, replies, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Forget:
                await replies.SayAsync(await desk.ForgetAsync(caller.Channel, caller.Asker.UserId, cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.Privacy:
                await replies.SayAsync(PrivacyNotice.Text(logOptions.Value), cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.AskWithoutQuestion:
                await replies.SayAsync(Replies.AskWithoutQuestion, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.UnknownCommand:
                await replies.SayAsync(Replies.UnknownCommand, cancellationToken).ConfigureAwait(false);
                break;
            case RequestKind.NonText:
                await replies.SayAsync(Replies.NonText, cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>Asks for the refused question's answer to be sent to the chat should a later index find one; the notice to give.</summary>
    public string NotifyMe(string entryId, LogChannel channel, long chatId)
    {
        desk.NotifyMe(entryId, chatId.ToString(CultureInfo.InvariantCulture));
        LogNotifyMeSet(logger, entryId, ids.Of(channel, chatId));
        return Replies.WillNotify;
    }

    private async Task AskAsync(Request request, Caller caller, IConversationReplies replies, CancellationToken cancellationToken)
    {
        var maxLength = options.Value.MaxQuestionLength;
        if (request.Text.Length > maxLength)
        {
            await replies.SayAsync(Replies.TooLong(maxLength), cancellationToken).ConfigureAwait(false);
            return;
        }

        var decision = rateLimiter.Check(caller.UserId);
        if (!decision.Allowed)
        {
            LogUserRateLimited(logger, ids.Of(caller.Channel, caller.UserId), decision.RetryAfter.TotalSeconds);
            if (decision.Notify)
            {
                await replies.SayAsync(Replies.PleaseWait(decision.RetryAfter), cancellationToken).ConfigureAwait(false);
            }

            return;
        }

        var typing = replies.ShowTypingAsync(cancellationToken);
        var asked = await desk.AskAsync(caller.Asker, request.Text, cancellationToken).ConfigureAwait(false);
        await (asked.IsThanks
            ? replies.SayYoureWelcomeAsync(cancellationToken)
            : replies.ShowAnswerAsync(asked.Answer, ClaimDetector.LeadFor(request.Text, request.IsForwarded), asked.EntryId, cancellationToken)).ConfigureAwait(false);
        await typing.ConfigureAwait(false);
        LogQuestionAnswered(logger, ids.Of(caller.Channel, caller.ChatId), asked.Answer.Kind, asked.Answer.Passages.Count);
    }

    private async Task<string> OperatorReplyAsync(RequestKind kind, Caller caller, IConversationReplies replies, CancellationToken cancellationToken) =>
        !operatorGate.Allows(caller, kind == RequestKind.Reindex ? "/reindex" : "/stats") ? Replies.NotAllowed
            : kind == RequestKind.Stats ? await operatorDesk.StatsAsync(cancellationToken).ConfigureAwait(false)
            : operatorDesk.TryStartReindex(replies.SayLinesAsync) ? OperatorReplies.ReindexStarted
            : OperatorReplies.ReindexRunning;

    [LoggerMessage(1300, LogLevel.Information, "Chat {Chat}: {Kind} with {Passages} passages")]
    private static partial void LogQuestionAnswered(ILogger logger, string chat, AnswerKind kind, int passages);

    [LoggerMessage(1301, LogLevel.Information, "User {User} is over the question limit; asked to wait {WaitSeconds:F0} s")]
    private static partial void LogUserRateLimited(ILogger logger, string user, double waitSeconds);

    [LoggerMessage(1304, LogLevel.Information, "Entry {EntryId}: notify chat {Chat} if a source appears")]
    private static partial void LogNotifyMeSet(ILogger logger, string entryId, string chat);
}
