using KforBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: runs start-up, then registers the webhook (address, secret, update kinds) with Telegram, trying for
/// as long as Telegram is unreachable; a refusal stops the bot with the reason. On stop, removes the webhook, so a
/// later start in polling mode works. Pending updates are kept either way.
/// </summary>
internal sealed class WebhookRegistration(
    BotStartup startup,
    ITelegramBotClient client,
    BotApiRetry retry,
    IOptions<TelegramOptions> options,
    ILogger<WebhookRegistration> logger) : BackgroundService
{
    private volatile bool _registered;

    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        await base.StopAsync(cancellationToken).ConfigureAwait(false);
        if (!_registered)
        {
            return;
        }

        try
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken).ConfigureAwait(false);
            Diagnostics.WebhookRemoved(logger);
        }
        catch (RequestException e)
        {
            var failure = BotApiFailure.Of(e);
            Diagnostics.OptionalCallFailed(logger, "deleteWebhook", failure.Kind, failure.Description);
        }
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) => startup.RunAsync("setWebhook", RegisterAsync, stoppingToken);

    private async Task RegisterAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        await retry.ExecuteUntilReachableAsync(
            "setWebhook",
            async ct =>
            {
                await client.SetWebhook(
                    settings.WebhookUrl!,
                    maxConnections: settings.MaxConcurrentUpdates,
                    allowedUpdates: AllowedUpdates.All,
                    secretToken: settings.WebhookSecret,
                    cancellationToken: ct).ConfigureAwait(false);
                return true;
            },
            stoppingToken).ConfigureAwait(false);
        _registered = true;
        // Only the host: the path may itself be secret.
        Diagnostics.WebhookSet(logger, new Uri(settings.WebhookUrl!).Host);
    }
}
