using KforBot.Answering;
using KforBot.Log;
using Microsoft.Extensions.Logging;

namespace KforBot.Conversation;

/// <summary>
/// Where every channel (the console chat, Telegram, <c>ask --log</c>, <c>eval --log</c>) puts its questions: answers
/// each, records it in the interaction log (when there is one) and gives back the entry's id, to which feedback and
/// "notify me" then refer; "More sources" asks for the passages after those shown.
/// </summary>
internal sealed partial class QuestionDesk(IQuestionAnswerer answerer, TimeProvider timeProvider, ILogger<QuestionDesk> logger, IInteractionLog? log = null)
{
    /// <summary>Answers the question and records it; a thank-you is told apart from a greeting.</summary>
    public async Task<AskedQuestion> AskAsync(Asker asker, string question, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        var entryId = log?.Record(asker, answer, timeProvider.GetElapsedTime(started));
        return new AskedQuestion(answer, entryId, answer.Kind == AnswerKind.Greeting && ThankYou.Is(question));
    }

    /// <summary>The passages of the question after the first <paramref name="shown"/>; a refusal when there are none.</summary>
    public Task<Answer> MoreAsync(string question, int shown, CancellationToken cancellationToken) =>
        answerer.AnswerAsync(question, shown, cancellationToken);

    /// <summary>Records 👍 or 👎 on the question's entry, for moderators; the thanks to give.</summary>
    public string RecordFeedback(string entryId, Feedback feedback)
    {
        log?.RecordFeedback(entryId, feedback);
        LogFeedback(logger, entryId, feedback == Feedback.Up);
        return feedback == Feedback.Up ? Replies.ThanksHelpful : Replies.ThanksNotHelpful;
    }

    /// <summary>Asks for the answer to be sent to <paramref name="address"/> should a later index answer the refused question.</summary>
    public void NotifyMe(string entryId, string address) => log?.SetNotifyMe(entryId, address);

    /// <summary>Deletes every entry of the user; the reply to give, whether it worked or not.</summary>
    public async Task<string> ForgetAsync(LogChannel channel, string userId, CancellationToken cancellationToken)
    {
        if (log is null)
        {
            return Replies.Forgotten(0);
        }

        try
        {
            var count = await log.ForgetAsync(channel, userId, cancellationToken).ConfigureAwait(false);
            LogForgotten(logger, count);
            return Replies.Forgotten(count);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            LogForgetFailed(logger, e.Message);
            return Replies.ForgetUnavailable;
        }
    }

    [LoggerMessage(1303, LogLevel.Information, "Feedback on entry {EntryId}: helpful={Helpful}")]
    private static partial void LogFeedback(ILogger logger, string entryId, bool helpful);

    [LoggerMessage(1305, LogLevel.Information, "/forget: {Count} entries of a user deleted")]
    private static partial void LogForgotten(ILogger logger, int count);

    [LoggerMessage(1306, LogLevel.Warning, "/forget could not delete a user's entries: {Reason}")]
    private static partial void LogForgetFailed(ILogger logger, string reason);
}

/// <summary>A question answered and recorded.</summary>
/// <param name="Answer">The answer or refusal.</param>
/// <param name="EntryId">Its entry in the interaction log; null when nothing is recorded.</param>
/// <param name="IsThanks">Whether the message only said thank you (answered "You're welcome!" rather than with the greeting).</param>
internal sealed record AskedQuestion(Answer Answer, string? EntryId, bool IsThanks);
