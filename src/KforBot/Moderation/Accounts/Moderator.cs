namespace KforBot.Moderation.Accounts;

/// <summary>A moderator's account as <c>moderators list</c> shows it; the password hash never leaves the store.</summary>
internal sealed record Moderator(string Name, DateTimeOffset Created, DateTimeOffset? LastSignIn, DateTimeOffset? LockedUntil);

/// <summary>
/// How a sign-in went: <see cref="Stamp"/> is set on success, <see cref="LockedUntil"/> when the name is locked for
/// this address, <see cref="LockStarted"/> when this very attempt locked it (so the lock is logged once).
/// </summary>
internal sealed record SignInOutcome(string? Stamp, DateTimeOffset? LockedUntil, bool LockStarted)
{
    public static SignInOutcome Wrong { get; } = new(null, null, false);

    public bool Succeeded => Stamp is not null;
}
