namespace KforBot.Moderation.Accounts;

/// <summary>A moderator's account as <c>moderators list</c> shows it; the password hash never leaves the store.</summary>
internal sealed record Moderator(string Name, DateTimeOffset Created, DateTimeOffset? LastSignIn, DateTimeOffset? LockedUntil);

/// <summary>How a sign-in went: <see cref="Stamp"/> is set on success, <see cref="LockedUntil"/> when the account is locked.</summary>
internal sealed record SignInOutcome(string? Stamp, DateTimeOffset? LockedUntil)
{
    public static SignInOutcome Wrong { get; } = new(null, null);

    public bool Succeeded => Stamp is not null;
}
