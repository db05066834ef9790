using KforBot.Answering;
using KforBot.Log.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Log;

/// <summary>
/// After a reindex, asks the refused questions of the last <c>Log:RecheckDays</c> again and marks those the new
/// index answers, with the article that made it possible. The marks are written at once (not queued): the caller
/// sends the notifications due next (<see cref="InteractionQueries.NotificationsDueAsync"/>).
/// </summary>
internal sealed class RefusalRecheck(
    InteractionQueries queries,
    IInteractionStore store,
    IQuestionAnswerer answerer,
    IOptions<LogOptions> options,
    TimeProvider timeProvider,
    ILogger<RefusalRecheck> logger)
{
    /// <summary>Returns the entries newly marked as answerable.</summary>
    public async Task<IReadOnlyList<InteractionEntry>> RecheckAsync(CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var refused = new List<InteractionEntry>();
        await foreach (var entry in queries.UnansweredRefusalsAsync(now.AddDays(-options.Value.RecheckDays), cancellationToken).ConfigureAwait(false))
        {
            refused.Add(entry);
        }

        // The same question asked by many people is answered once.
        var answers = new Dictionary<string, Answer>(StringComparer.Ordinal);
        var marked = new List<InteractionEntry>();
        var changes = new List<LogChange>();
        foreach (var entry in refused)
        {
            if (!answers.TryGetValue(entry.Question, out var answer))
            {
                answers[entry.Question] = answer = await answerer.AnswerAsync(entry.Question, cancellationToken).ConfigureAwait(false);
            }

            if (!answer.IsRefused && answer.Passages.Count > 0)
            {
                var mark = new NowAnswerable(now, answer.Passages[0].Citation.ArticleId);
                changes.Add(new LogChange.MarkNowAnswerable(entry.Id, mark));
                marked.Add(entry with { NowAnswerable = mark });
            }
        }

        if (changes.Count > 0)
        {
            await store.ApplyAsync(changes, cancellationToken).ConfigureAwait(false);
        }

        LogMessages.Rechecked(logger, marked.Count, refused.Count);
        return marked;
    }
}
