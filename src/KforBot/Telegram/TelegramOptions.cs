using System.ComponentModel.DataAnnotations;

namespace KforBot.Telegram;

/// <summary>The Telegram bot's settings (section <c>Telegram</c>). Checked at start-up by <see cref="TelegramOptionsValidator"/>.</summary>
public sealed class TelegramOptions
{
    public const string SectionName = "Telegram";

    /// <summary>Telegram's own Bot API server.</summary>
    public const string TelegramApiUrl = "https://api.telegram.org";

    /// <summary>
    /// The token @BotFather gave. Default empty: the bot then runs as a console chat. Set it through the environment
    /// (<c>Telegram__BotToken</c>) or user secrets, never in a committed file.
    /// </summary>
    public string BotToken { get; set; } = string.Empty;

    /// <summary>The Bot API server. Default <c>https://api.telegram.org</c>; a self-hosted Bot API server or a test server replaces it.</summary>
    public string ApiBaseUrl { get; set; } = TelegramApiUrl;

    /// <summary>How updates arrive. Default <see cref="TelegramMode.Polling"/>.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Polling;

    /// <summary>Webhook mode: the public https address Telegram posts updates to, e.g. <c>https://bot.example.org/telegram/update</c>.</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>
    /// Webhook mode: the secret Telegram sends in <c>X-Telegram-Bot-Api-Secret-Token</c>, so that only Telegram can post
    /// updates. No default: it must be random, 32 to 256 characters of A-Z a-z 0-9 _ - (make one with
    /// <c>openssl rand -hex 32</c>), set through the environment or user secrets.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>Webhook mode: where this process listens, usually behind a TLS proxy. Default <c>http://127.0.0.1:8080</c>.</summary>
    public string ListenUrl { get; set; } = "http://127.0.0.1:8080";

    /// <summary>The bot's own state: handled updates, answers shown (for "More sources"), blocked chats, moved groups. Default <c>data/bot.db</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Telegram:StatePath must name the bot's state file, e.g. data/bot.db.")]
    public string StatePath { get; set; } = "data/bot.db";

    /// <summary>
    /// Seconds a write to the state file waits while another program holds it locked; after that the bot goes on
    /// without recording it (and logs what it could not record). Default 5.
    /// </summary>
    [Range(1, 300, ErrorMessage = "Telegram:StateLockWaitSeconds must be between 1 and 300.")]
    public int StateLockWaitSeconds { get; set; } = 5;

    /// <summary>Long-poll wait in seconds for getUpdates. Default 50 (the most the reference server allows).</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>Time allowed for one Bot API call; getUpdates gets the long-poll wait on top. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Telegram:RequestTimeout must be between 00:00:00.050 and 00:05:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Updates of one batch handled at the same time (different chats only). Default 8.</summary>
    [Range(1, 100, ErrorMessage = "Telegram:MaxConcurrentUpdates must be between 1 and 100.")]
    public int MaxConcurrentUpdates { get; set; } = 8;

    /// <summary>Longest question read, in characters; longer text gets a request to ask more briefly. Default 1000.</summary>
    [Range(10, 4000, ErrorMessage = "Telegram:MaxQuestionLength must be between 10 and 4000.")]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Questions one user may ask per minute before being asked to wait. Default 10.</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:QuestionsPerUserPerMinute must be between 1 and 1000.")]
    public int QuestionsPerUserPerMinute { get; set; } = 10;

    /// <summary>Messages sent per second to one chat (Telegram allows about 1, with short bursts). Default 1.</summary>
    [Range(0.01, 10_000, ErrorMessage = "Telegram:MessagesPerSecondPerChat must be between 0.01 and 10000.")]
    public double MessagesPerSecondPerChat { get; set; } = 1;

    /// <summary>Messages sent per minute to one group (Telegram allows 20). Default 20.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Telegram:MessagesPerMinutePerGroup must be between 1 and 1000000.")]
    public int MessagesPerMinutePerGroup { get; set; } = 20;

    /// <summary>Messages sent per second over all chats (Telegram allows about 30). Default 30.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Telegram:MessagesPerSecond must be between 1 and 1000000.")]
    public int MessagesPerSecond { get; set; } = 30;

    /// <summary>Retries of a call that failed for a passing reason (5xx, timeout, connection, 429). Default 5.</summary>
    [Range(0, 20, ErrorMessage = "Telegram:MaxRetries must be between 0 and 20.")]
    public int MaxRetries { get; set; } = 5;

    /// <summary>First retry delay; it doubles each time, with jitter, up to <see cref="RetryMaxDelay"/>. Default 1 second.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Telegram:RetryBaseDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest retry delay (a 429's retry_after is honoured even when longer). Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Telegram:RetryMaxDelay must be between 00:00:00 and 00:10:00.")]
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long "More sources" and the feedback buttons keep working under an answer. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Telegram:AnswerRetention must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan AnswerRetention { get; set; } = TimeSpan.FromDays(7);
}
