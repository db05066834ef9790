namespace KforBot.Log;

/// <summary>
/// One question the bot received and what it replied, as the interaction log keeps it. The user appears only by
/// pseudonym (<see cref="RawUserId"/> is set only when <c>Log:StoreRawUserIds</c> is on).
/// </summary>
/// <remarks>
/// <see cref="Id"/> sorts by time and is short enough for a Telegram button; <see cref="UncoveredTerms"/> holds,
/// for a refusal, the words no article covered as the reason names them; <see cref="IndexVersion"/> is the index
/// build that answered, so the answer can be replayed.
/// </remarks>
internal sealed record InteractionEntry(
    string Id,
    DateTimeOffset At,
    LogChannel Channel,
    string ChatType,
    string User,
    string? RawUserId,
    string Question,
    bool Refused,
    string? Reason,
    IReadOnlyList<string> UncoveredTerms,
    IReadOnlyList<LoggedPassage> Passages,
    string IndexVersion,
    double LatencyMs)
{
    public Feedback? Feedback { get; init; }

    public ModerationStatus Status { get; init; } = ModerationStatus.New;

    /// <summary>The moderator's note.</summary>
    public string? Note { get; init; }

    /// <summary>Set when a re-check after a reindex found an answer to this refused question.</summary>
    public NowAnswerable? NowAnswerable { get; init; }

    /// <summary>
    /// Where to send the answer once the question becomes answerable (a Telegram chat id), set only while the
    /// user has asked to be notified: the one raw address the log keeps, with the user's consent.
    /// </summary>
    public string? NotifyTo { get; init; }

    /// <summary>When the notification was sent; it is sent once.</summary>
    public DateTimeOffset? NotifiedAt { get; init; }

    public IEnumerable<string> ArticleIds => Passages.Select(p => p.ArticleId).Distinct(StringComparer.Ordinal);
}

/// <summary>A refused question a later index answers.</summary>
/// <param name="At">When the re-check found the answer.</param>
/// <param name="ArticleId">The article of the first passage of the new answer (the source that made it possible).</param>
internal sealed record NowAnswerable(DateTimeOffset At, string ArticleId);
