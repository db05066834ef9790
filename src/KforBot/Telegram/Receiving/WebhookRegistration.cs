using KforBot.Telegram.Api;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// Webhook mode: runs start-up, then registers the webhook (address, secret, update kinds) with Telegram; on stop,
/// removes it, so a later start in polling mode works. Pending updates are kept either way.
/// </summary>
internal sealed class WebhookRegistration(
    BotStartup startup,
    BotApiClient client,
    BotApiRetry retry,
    BotLifecycle lifecycle,
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
            await client.DeleteWebhookAsync(new DeleteWebhookRequest(DropPendingUpdates: false), cancellationToken).ConfigureAwait(false);
            Log.WebhookRemoved(logger);
        }
        catch (BotApiException e)
        {
            Log.OptionalCallFailed(logger, e.Method, e.Kind, e.Description);
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        try
        {
            await startup.StartAsync(stoppingToken).ConfigureAwait(false);
            var request = new SetWebhookRequest(settings.WebhookUrl!, settings.WebhookSecret!, AllowedUpdates.All, MaxConnections: settings.MaxConcurrentUpdates);
            await retry.ExecuteAsync(ct => client.SetWebhookAsync(request, ct), stoppingToken).ConfigureAwait(false);
            _registered = true;
            // Only the host: the path may itself be secret.
            Log.WebhookSet(logger, new Uri(settings.WebhookUrl!).Host);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception e) when (BotLifecycle.IsFatal(e))
        {
            lifecycle.Stop(BotLifecycle.ExplainFatal(e));
        }
    }
}
