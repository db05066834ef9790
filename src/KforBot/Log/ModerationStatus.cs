namespace KforBot.Log;

/// <summary>Where a moderator's review of an entry stands.</summary>
internal enum ModerationStatus
{
    New,
    Reviewed,
    Flagged,
}
