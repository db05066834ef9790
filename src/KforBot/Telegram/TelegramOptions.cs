using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace KforBot.Telegram;

/// <summary>
/// The Telegram bot's settings (section <c>Telegram</c>), checked at start-up by <see cref="TelegramOptionsValidator"/>:
/// the ranges below, and what they cannot say (<see cref="Validate"/>): the token's shape and the addresses. Messages
/// name the setting and what is expected, and never repeat the token itself. The section also holds settings that are
/// not the transport's, read by the rooms that use them: the state file's (<see cref="State.BotStateOptions"/>) and the
/// conversation's limits (<see cref="Conversation.ConversationOptions"/>).
/// </summary>
public sealed partial class TelegramOptions : IValidatableObject
{
    public const string SectionName = "Telegram";

    private const string TokenProblem =
        "Telegram:BotToken is not a bot token: expected the digits of the bot's id, a colon and about 35 letters, digits, '-' or '_', exactly as @BotFather gave it.";

    private const int MinimumSecretLength = 32;

    // 64 random hex digits almost surely use at least 10 of the 16; "aaaa..." or "abab..." do not.
    private const int MinimumDistinctCharacters = 10;

    private static readonly string[] PlaceholderWords = ["replace", "change", "example", "placeholder", "secret", "password", "your", "token"];

    /// <summary>Telegram's own Bot API server.</summary>
    public const string TelegramApiUrl = "https://api.telegram.org";

    /// <summary>
    /// The token @BotFather gave. Default empty: the bot then runs as a console chat. Set it through the environment
    /// (<c>Telegram__BotToken</c>) or user secrets, never in a committed file.
    /// </summary>
    [RegularExpression("^[0-9]{3,20}:[A-Za-z0-9_-]{30,60}$", ErrorMessage = TokenProblem)]
    [Required(AllowEmptyStrings = false, ErrorMessage = TokenProblem)]
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

    /// <summary>Long-poll wait in seconds for getUpdates. Default 50 (the most the reference server allows).</summary>
    [Range(0, 50, ErrorMessage = "Telegram:PollTimeoutSeconds must be between 0 and 50.")]
    public int PollTimeoutSeconds { get; set; } = 50;

    /// <summary>Time allowed for one Bot API call; getUpdates gets the long-poll wait on top. Default 30 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00", ErrorMessage = "Telegram:RequestTimeout must be between 00:00:00.050 and 00:05:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Updates of one batch handled at the same time (different chats only). Default 8.</summary>
    [Range(1, 100, ErrorMessage = "Telegram:MaxConcurrentUpdates must be between 1 and 100.")]
    public int MaxConcurrentUpdates { get; set; } = 8;

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

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!IsHttpUrl(ApiBaseUrl, requireHttps: false))
        {
            yield return new ValidationResult("Telegram:ApiBaseUrl must be an absolute http or https address, e.g. https://api.telegram.org or http://127.0.0.1:8081 for a self-hosted Bot API server.");
        }

        if (Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(WebhookUrl, requireHttps: true))
            {
                yield return new ValidationResult("Telegram:WebhookUrl must be the public https address Telegram posts updates to, e.g. https://bot.example.org/telegram/update (ports 443, 80, 88 or 8443).");
            }

            if (WebhookSecretProblem(WebhookSecret) is { } problem)
            {
                yield return new ValidationResult(problem);
            }

            if (!IsHttpUrl(ListenUrl, requireHttps: false))
            {
                yield return new ValidationResult("Telegram:ListenUrl must be an absolute http or https address to listen on, e.g. http://127.0.0.1:8080.");
            }
        }

        if (RetryMaxDelay < RetryBaseDelay)
        {
            yield return new ValidationResult("Telegram:RetryMaxDelay must not be shorter than Telegram:RetryBaseDelay.");
        }
    }

    /// <summary>
    /// Why a webhook secret is unsafe, or null. Whoever knows it can post forged updates that the bot answers, so a
    /// value copied from an example (or too short, or too uniform to be random) is refused, not only a malformed one.
    /// </summary>
    private static string? WebhookSecretProblem(string? secret)
    {
        const string HowTo = "Make one with `openssl rand -hex 32` and set it through the environment (Telegram__WebhookSecret) or user secrets.";
        if (string.IsNullOrEmpty(secret))
        {
            return $"Telegram:WebhookSecret must be set in webhook mode: it is how the bot knows an update comes from Telegram. {HowTo}";
        }

        if (!SecretShape().IsMatch(secret))
        {
            return $"Telegram:WebhookSecret must be {MinimumSecretLength} to 256 characters of A-Z, a-z, 0-9, '_' or '-' (it has {secret.Length}, or other characters). {HowTo}";
        }

        if (PlaceholderWords.Any(word => secret.Contains(word, StringComparison.OrdinalIgnoreCase)) || secret.Distinct().Count() < MinimumDistinctCharacters)
        {
            return $"Telegram:WebhookSecret looks like a placeholder, not a random secret: anyone who has seen it could send the bot forged updates. {HowTo}";
        }

        return null;
    }

    private static bool IsHttpUrl(string? value, bool requireHttps) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp))
        && string.IsNullOrEmpty(uri.Query);

    [GeneratedRegex("^[A-Za-z0-9_-]{32,256}$")]
    private static partial Regex SecretShape();
}
