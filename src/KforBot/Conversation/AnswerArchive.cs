using KforBot.Answering;
using KforBot.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Conversation;

/// <summary>
/// "More sources" for a channel whose answers stay on screen and are continued later from a button that holds only
/// the answer's id (Telegram): keeps each answer shown in the bot's state file for a retention
/// (<see cref="ConversationOptions.AnswerRetention"/>), and continues a kept one with the passages after those shown.
/// The passages shown are the interaction log's to keep: the column that once
/// held them, in files of earlier versions, gets an empty list. When the state file cannot be used, the answer goes
/// out without "More sources" and a later press is told so; the log says what was not kept or read.
/// </summary>
internal sealed partial class AnswerArchive(
    IBotStateDatabase database, QuestionDesk desk, IOptions<ConversationOptions> options, TimeProvider timeProvider, ILogger<AnswerArchive> logger)
{
    /// <summary>Keeps the answer shown in chat <paramref name="chatId"/>; its id, or null when the state file could not keep it.</summary>
    public async Task<long?> TryKeepAsync(long chatId, string question, int shown, CancellationToken cancellationToken)
    {
        try
        {
            return (await SaveAsync(chatId, question, shown, cancellationToken).ConfigureAwait(false)).Id;
        }
        catch (BotStateException e)
        {
            StateDiagnostics.StateNotRecorded(logger, $"the answer shown in chat {chatId}, which is sent without \"More sources\"", e.Message);
            return null;
        }
    }

    /// <summary>The passages after those shown of the answer kept as <paramref name="id"/>, if it is younger than the retention.</summary>
    public async Task<MoreSources> MoreAsync(long id, CancellationToken cancellationToken)
    {
        ShownAnswer? shown;
        try
        {
            shown = await FindAsync(id, cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            StateDiagnostics.StateNotRead(logger, $"answer {id} for a button press", e.Message);
            return new MoreSources(MoreSourcesKind.Unavailable);
        }

        if (shown is null)
        {
            LogExpired(logger, id);
            return new MoreSources(MoreSourcesKind.Expired);
        }

        var next = await desk.MoreAsync(shown.Question, shown.Shown, cancellationToken).ConfigureAwait(false);
        var found = next.Kind == AnswerKind.Answered && next.Passages.Count > 0;
        return new MoreSources(found ? MoreSourcesKind.Found : MoreSourcesKind.NoMore, shown, next);
    }

    private async Task<ShownAnswer> SaveAsync(long chatId, string question, int shown, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var id = (long)(await database.WriteAsync(
            """
            INSERT INTO answers (chat_id, question, shown, passages, created_at) VALUES ($chat, $question, $shown, '[]', $at);
            SELECT last_insert_rowid();
            """,
            p =>
            {
                p.AddWithValue("$chat", chatId);
                p.AddWithValue("$question", question);
                p.AddWithValue("$shown", shown);
                p.AddWithValue("$at", now.ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false))!;
        return new ShownAnswer(id, chatId, question, shown, now);
    }

    /// <summary>The answer, or null when it is unknown or older than the retention.</summary>
    private async Task<ShownAnswer?> FindAsync(long id, CancellationToken cancellationToken)
    {
        var found = await database.ReadAsync(
            "SELECT chat_id, question, shown, created_at FROM answers WHERE id = $id AND created_at >= $since",
            p =>
            {
                p.AddWithValue("$id", id);
                p.AddWithValue("$since", (timeProvider.GetUtcNow() - options.Value.AnswerRetention).ToUnixTimeMilliseconds());
            },
            row => new ShownAnswer(
                id,
                row.GetInt64(0),
                row.GetString(1),
                row.GetInt32(2),
                DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(3))),
            cancellationToken).ConfigureAwait(false);
        return found.Count > 0 ? found[0] : null;
    }

    /// <summary>Removes the answers older than the retention; a state file that cannot be written keeps them for the next start (logged).</summary>
    public Task PruneAsync(CancellationToken cancellationToken) =>
        database.TryPruneAsync(logger, "the removal of expired answers", "DELETE FROM answers WHERE created_at < $before", timeProvider.GetUtcNow() - options.Value.AnswerRetention, cancellationToken);

    [LoggerMessage(1302, LogLevel.Debug, "Button pressed on answer {AnswerId}, which has expired")]
    private static partial void LogExpired(ILogger logger, long answerId);
}

/// <summary>What "More sources" found for a kept answer.</summary>
/// <param name="Kind">Whether there were further passages, or why none could be looked for.</param>
/// <param name="Shown">The kept answer, unless it is unavailable or expired.</param>
/// <param name="Next">The further passages (or the refusal saying there are none), unless it is unavailable or expired.</param>
internal sealed record MoreSources(MoreSourcesKind Kind, ShownAnswer? Shown = null, Answer? Next = null)
{
    /// <summary>The short notice for the user: why nothing is shown, or null when further passages are.</summary>
    public string? Notice => Kind switch
    {
        MoreSourcesKind.Unavailable => Replies.AnswersUnavailable,
        MoreSourcesKind.Expired => Replies.AnswerExpired,
        MoreSourcesKind.NoMore => Replies.NoMorePassages,
        MoreSourcesKind.Found => null,
    };
}

/// <summary>The outcomes of "More sources".</summary>
internal enum MoreSourcesKind
{
    /// <summary>The state file could not be read now.</summary>
    Unavailable,

    /// <summary>The answer is older than its retention, or unknown.</summary>
    Expired,

    /// <summary>The question has no passages after those shown.</summary>
    NoMore,

    /// <summary>Further passages, in <see cref="MoreSources.Next"/>.</summary>
    Found,
}
