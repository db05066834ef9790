using KforBot.Answering;

namespace KforBot.Log;

/// <summary>
/// What a channel tells the interaction log. Every call returns at once and never throws for a log failure: the
/// writes happen in the background, in the order they were made.
/// </summary>
internal interface IInteractionLog
{
    /// <summary>Records a question and the bot's answer; returns the entry's id (for 👍/👎 and "notify me" buttons).</summary>
    /// <param name="asker">Who asked, where; the user id is stored only as a pseudonym.</param>
    /// <param name="answer">The answer or refusal the user was shown.</param>
    /// <param name="latency">From the question's arrival to the answer.</param>
    string Record(Asker asker, Answer answer, TimeSpan latency);

    /// <summary>Records the user's 👍 (<see cref="Feedback.Up"/>), 👎, or its withdrawal (null).</summary>
    void RecordFeedback(string entryId, Feedback? feedback);

    /// <summary>
    /// Subscribes the asker to the answer, should a later index answer the refused question: <paramref name="notifyTo"/>
    /// is where to send it (a Telegram chat id); null cancels.
    /// </summary>
    void SetNotifyMe(string entryId, string? notifyTo);

    /// <summary>
    /// Marks the entry's notification as sent, at once, if it is due and was not sent before; true for the one caller
    /// that should send it.
    /// </summary>
    Task<bool> ClaimNotificationAsync(string entryId, CancellationToken cancellationToken);

    /// <summary>Deletes every entry of the user (after the writes queued before); returns how many were deleted.</summary>
    /// <exception cref="IOException">The log cannot be written now; nothing was deleted.</exception>
    Task<int> ForgetAsync(LogChannel channel, string userId, CancellationToken cancellationToken);

    /// <summary>Changes waiting, written and lost since start.</summary>
    LogHealth Health { get; }
}
