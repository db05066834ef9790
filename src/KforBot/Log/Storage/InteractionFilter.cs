namespace KforBot.Log.Storage;

/// <summary>
/// Which entries a listing or an export shows: refusals only, a feedback, a status, recorded at or after
/// <see cref="Since"/>, at most <see cref="Limit"/> (newest first); null means any.
/// </summary>
internal sealed record InteractionFilter(
    bool RefusedOnly = false,
    Feedback? Feedback = null,
    ModerationStatus? Status = null,
    DateTimeOffset? Since = null,
    int? Limit = null);
