using System.ComponentModel.DataAnnotations;

namespace KforBot.Moderation;

/// <summary>The moderators' site (section <c>Moderation</c>): where it listens, where accounts are kept, how sign-in is guarded.</summary>
public sealed class ModerationOptions
{
    public const string SectionName = "Moderation";

    /// <summary>Shortest password <c>moderators add</c> accepts.</summary>
    public const int MinimumPasswordLength = 12;

    /// <summary>
    /// Where the bot process also serves the site (e.g. <c>http://127.0.0.1:5080</c>). Default: empty, and only
    /// <c>moderate</c> serves it.
    /// </summary>
    public string? Urls { get; set; }

    /// <summary>
    /// True when a reverse proxy that terminates TLS stands in front of a plain-HTTP address other machines can reach;
    /// without it such an address is refused at start-up. Default false.
    /// </summary>
    public bool BehindTlsProxy { get; set; }

    /// <summary>The moderators' accounts (names and password hashes), a SQLite file. Default <c>data/moderators.db</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Moderation:AccountsPath must name the moderators' account file, e.g. data/moderators.db.")]
    public string AccountsPath { get; set; } = "data/moderators.db";

    /// <summary>
    /// Failed sign-ins for one name within <see cref="LockoutMinutes"/> that lock it, for the addresses they came from.
    /// Default 5.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Moderation:LockoutFailures must be between 1 and 100 failed sign-ins.")]
    public int LockoutFailures { get; set; } = 5;

    /// <summary>How long failures count and a lock lasts. Default 15 minutes.</summary>
    [Range(1, 1440, ErrorMessage = "Moderation:LockoutMinutes must be between 1 and 1440 minutes.")]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>
    /// Sign-in attempts one client address may make in a minute, whatever the names tried; more get "too many
    /// attempts". Default 10.
    /// </summary>
    [Range(1, 1000, ErrorMessage = "Moderation:SignInAttemptsPerMinute must be between 1 and 1000 attempts.")]
    public int SignInAttemptsPerMinute { get; set; } = 10;

    /// <summary>How long a sign-in lasts without use. Default 8 hours.</summary>
    [Range(1, 720, ErrorMessage = "Moderation:SessionHours must be between 1 and 720 hours.")]
    public int SessionHours { get; set; } = 8;

    /// <summary>Conversations on a page of the list. Default 50.</summary>
    [Range(5, 500, ErrorMessage = "Moderation:PageSize must be between 5 and 500 conversations.")]
    public int PageSize { get; set; } = 50;
}
