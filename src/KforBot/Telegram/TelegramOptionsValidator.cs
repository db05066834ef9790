using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram;

/// <summary>
/// Checks the settings that data annotations cannot: the token's shape and the addresses. Messages name the
/// setting and what is expected, and never repeat the token itself.
/// </summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    private const int MinimumSecretLength = 32;

    // 64 random hex digits almost surely use at least 10 of the 16; "aaaa..." or "abab..." do not.
    private const int MinimumDistinctCharacters = 10;

    private static readonly string[] PlaceholderWords = ["replace", "change", "example", "placeholder", "secret", "password", "your", "token"];

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        var failures = new List<string>();
        if (!TokenShape().IsMatch(options.BotToken))
        {
            failures.Add("Telegram:BotToken is not a bot token: expected the digits of the bot's id, a colon and about 35 letters, digits, '-' or '_', exactly as @BotFather gave it.");
        }

        if (!IsHttpUrl(options.ApiBaseUrl, requireHttps: false))
        {
            failures.Add("Telegram:ApiBaseUrl must be an absolute http or https address, e.g. https://api.telegram.org or http://127.0.0.1:8081 for a self-hosted Bot API server.");
        }

        if (options.Mode == TelegramMode.Webhook)
        {
            if (!IsHttpUrl(options.WebhookUrl, requireHttps: true))
            {
                failures.Add("Telegram:WebhookUrl must be the public https address Telegram posts updates to, e.g. https://bot.example.org/telegram/update (ports 443, 80, 88 or 8443).");
            }

            if (WebhookSecretProblem(options.WebhookSecret) is { } problem)
            {
                failures.Add(problem);
            }

            if (!IsHttpUrl(options.ListenUrl, requireHttps: false))
            {
                failures.Add("Telegram:ListenUrl must be an absolute http or https address to listen on, e.g. http://127.0.0.1:8080.");
            }
        }

        if (options.RetryMaxDelay < options.RetryBaseDelay)
        {
            failures.Add("Telegram:RetryMaxDelay must not be shorter than Telegram:RetryBaseDelay.");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
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

    [GeneratedRegex("^[0-9]{3,20}:[A-Za-z0-9_-]{30,60}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{32,256}$")]
    private static partial Regex SecretShape();
}
