using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram;

/// <summary>
/// Checks the settings that data annotations cannot: the token's shape and the addresses. Messages name the
/// setting and what is expected, and never repeat the token itself.
/// </summary>
internal sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
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

            if (options.WebhookSecret is null || !SecretShape().IsMatch(options.WebhookSecret))
            {
                failures.Add("Telegram:WebhookSecret must be 1 to 256 characters of A-Z, a-z, 0-9, '_' or '-'.");
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

    private static bool IsHttpUrl(string? value, bool requireHttps) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (!requireHttps && uri.Scheme == Uri.UriSchemeHttp))
        && string.IsNullOrEmpty(uri.Query);

    [GeneratedRegex("^[0-9]{3,20}:[A-Za-z0-9_-]{30,60}$")]
    private static partial Regex TokenShape();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretShape();
}
