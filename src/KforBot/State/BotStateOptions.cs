using System.ComponentModel.DataAnnotations;

namespace KforBot.State;

/// <summary>
/// Where the bot's state file is and how long a write waits for it, validated at start-up. The file is the Telegram
/// bot's (the console chat keeps none), so the settings are read from section <c>Telegram</c>, under the keys
/// appsettings.example.json and README document.
/// </summary>
internal sealed class BotStateOptions
{
    public const string SectionName = "Telegram";

    /// <summary>The bot's own state: handled updates, answers shown (for "More sources"), blocked chats, moved groups. Default <c>data/bot.db</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:StatePath must name the bot's state file, e.g. data/bot.db.")]
    public string StatePath { get; set; } = "data/bot.db";

    /// <summary>
    /// Seconds a write to the state file waits while another program holds it locked; after that the bot goes on
    /// without recording it (and logs what it could not record). Default 5.
    /// </summary>
    [Range(1, 300, ErrorMessage = "Telegram:StateLockWaitSeconds must be between 1 and 300.")]
    public int StateLockWaitSeconds { get; set; } = 5;
}
