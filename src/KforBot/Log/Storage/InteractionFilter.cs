namespace KforBot.Log.Storage;

/// <summary>
/// Which entries a listing or an export shows: refusals only (or answers only), a feedback, a status, recorded at
/// or after <see cref="Since"/> and before <see cref="Until"/>, questions containing <see cref="Text"/> (case-insensitive
/// for ASCII letters), skipping <see cref="Offset"/> and then at most <see cref="Limit"/> (newest first); null means any.
/// </summary>
internal sealed record InteractionFilter(
    bool RefusedOnly = false,
    Feedback? Feedback = null,
    ModerationStatus? Status = null,
    DateTimeOffset? Since = null,
    int? Limit = null,
    bool AnsweredOnly = false,
    DateTimeOffset? Until = null,
    string? Text = null,
    int? Offset = null);
