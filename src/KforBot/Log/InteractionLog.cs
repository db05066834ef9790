using KforBot.Answering;
using KforBot.Formatting;
using KforBot.Log.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>Turns what channels report into log entries and queues them for the background writer.</summary>
internal sealed class InteractionLog(
    LogQueue queue,
    IInteractionStore store,
    UserPseudonyms pseudonyms,
    IOptions<LogOptions> options,
    TimeProvider timeProvider,
    ILogger<InteractionLog> logger) : IInteractionLog
{
    private readonly EntryIds _ids = new();
    private int _full;

    public LogHealth Health => queue.Health;

    public string Record(Asker asker, Answer answer, TimeSpan latency)
    {
        var at = timeProvider.GetUtcNow();
        var id = _ids.Next(at);
        string user;
        try
        {
            user = pseudonyms.Of(asker.Channel, asker.UserId);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Without its key the entry cannot be stored under a pseudonym /forget would find: it is lost, the answer is not.
            queue.Lost(1);
            LogMessages.KeyUnavailable(logger, e);
            return id;
        }

        var entry = new InteractionEntry(
            Id: id,
            At: at,
            Channel: asker.Channel,
            ChatType: asker.ChatType,
            User: user,
            RawUserId: options.Value.StoreRawUserIds ? asker.UserId : null,
            Question: answer.Question,
            Refused: answer.IsRefused,
            Reason: ReasonText.Of(answer),
            UncoveredTerms: answer.Outcome is AnswerOutcome.Refused refused ? refused.Refusal.UncoveredTerms : [],
            Passages: [.. answer.Passages.Concat(answer.Related).Select(LoggedPassage.Of)],
            IndexVersion: answer.IndexVersion.Length > 0 ? answer.IndexVersion : "none",
            LatencyMs: Math.Round(latency.TotalMilliseconds, 3));
        Enqueue(new LogChange.Add(entry));
        return entry.Id;
    }

    public void RecordFeedback(string entryId, Feedback? feedback) => Enqueue(new LogChange.SetFeedback(entryId, feedback));

    public void SetNotifyMe(string entryId, string? notifyTo) => Enqueue(new LogChange.SetNotifyMe(entryId, notifyTo));

    public Task<bool> ClaimNotificationAsync(string entryId, CancellationToken cancellationToken) =>
        store.ClaimNotificationAsync(entryId, timeProvider.GetUtcNow(), cancellationToken);

    public async Task<int> ForgetAsync(LogChannel channel, string userId, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        if (!queue.TryAdd(new LogChange.Forget(pseudonyms.Of(channel, userId), done)))
        {
            throw new IOException("The interaction log is not taking changes now (it is full or stopped); nothing was deleted.");
        }

        return await done.Task.WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    private void Enqueue(LogChange change)
    {
        if (queue.TryAdd(change))
        {
            Volatile.Write(ref _full, 0);
        }
        else if (Interlocked.Exchange(ref _full, 1) == 0)
        {
            // Said once per episode: every dropped change would otherwise add a line while the file is failing.
            LogMessages.QueueFull(logger, LogQueue.Capacity, queue.Health.Lost);
        }
    }
}
