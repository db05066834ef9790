using System.ComponentModel.DataAnnotations;

namespace KforBot.Log;

/// <summary>The interaction log (section <c>Log</c>): where questions are recorded and for how long.</summary>
public sealed class LogOptions : IValidatableObject
{
    public const string SectionName = "Log";

    /// <summary>The log's SQLite file. Default <c>data/log.db</c>, relative to the working folder.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Log:Path must name the interaction log file, e.g. data/log.db.")]
    public string Path { get; set; } = "data/log.db";

    /// <summary>Days an entry is kept; older entries are deleted once a day. Default 90.</summary>
    [Range(1, 3650, ErrorMessage = "Log:RetentionDays must be between 1 and 3650 days.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>Refused questions of the last this many days are asked again after a reindex. Default 30.</summary>
    [Range(1, 3650, ErrorMessage = "Log:RecheckDays must be between 1 and 3650 days.")]
    public int RecheckDays { get; set; } = 30;

    /// <summary>
    /// The key of the hash that turns user ids into pseudonyms (at least 16 characters). Default: none, and a
    /// random key is made once and kept in a file beside the log (<c>Path</c> + <c>.secret</c>).
    /// </summary>
    public string? UserIdSecret { get; set; }

    /// <summary>Whether the raw user id is stored beside its pseudonym. Default false.</summary>
    public bool StoreRawUserIds { get; set; }

    /// <summary>An empty <see cref="UserIdSecret"/> counts as unset (the example settings leave it empty).</summary>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.IsNullOrEmpty(UserIdSecret) && UserIdSecret.Length < 16)
        {
            yield return new ValidationResult(
                "Log:UserIdSecret must be at least 16 characters long, or left empty to use a random key kept beside the log.",
                [nameof(UserIdSecret)]);
        }
    }
}
