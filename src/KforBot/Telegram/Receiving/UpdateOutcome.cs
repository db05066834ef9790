namespace KforBot.Telegram.Receiving;

/// <summary>What became of one update.</summary>
internal enum UpdateOutcome
{
    /// <summary>Handled (or given up after an unexpected error) and recorded: never handled again.</summary>
    Handled,

    /// <summary>Handled before, or being handled now: skipped.</summary>
    Duplicate,

    /// <summary>Telegram could not be reached for now: not recorded, so the update is delivered and handled again later.</summary>
    Deferred,
}
