using KforBot.State;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// The bot's run state: who it is (from getMe, once started) and, when it had to stop, why in words for the
/// operator. The command line prints <see cref="StopReason"/> and exits non-zero.
/// </summary>
internal sealed class BotLifecycle(IHostApplicationLifetime lifetime, ILogger<BotLifecycle> logger)
{
    private volatile User? _me;

    /// <summary>The bot's own user, or null before start-up finished.</summary>
    public User? Me => _me;

    public string? StopReason { get; private set; }

    public void MarkStarted(User me) => _me = me;

    /// <summary>Stops the application because no update can be handled until a person acts.</summary>
    public void Stop(string reason)
    {
        StopReason ??= reason;
        Diagnostics.BotStopped(logger, reason);
        lifetime.StopApplication();
    }

    /// <summary>
    /// Errors that no retry fixes and that stop the bot: a Bot API answer that is fatal (401, 404, 409) or a refusal of
    /// a call the bot cannot run without, a state file that cannot be opened at start-up. Passing Bot API
    /// failures never get here: those calls are tried for as long as they fail.
    /// </summary>
    public static bool IsFatal(Exception error) => error is RequestException or BotStateException;

    /// <summary>The operator's message for an error <see cref="IsFatal"/> accepts.</summary>
    /// <param name="error">The error.</param>
    /// <param name="method">The Bot API method that failed, when it was one.</param>
    public static string ExplainFatal(Exception error, string method) => error switch
    {
        RequestException api => Explain(BotApiFailure.Of(api), method),
        BotStateException state => $"{state.Message} Check Telegram:StatePath (default data/bot.db): its folder must be writable.",
        _ => error.Message,
    };

    private static string Explain(BotApiFailure failure, string method) => failure.Kind switch
    {
        BotApiFailureKind.Unauthorized =>
            "The bot token was rejected by Telegram (401 Unauthorized). Check Telegram:BotToken: it must be the token @BotFather gave, and not revoked.",
        BotApiFailureKind.NotFound =>
            $"The Bot API answered 404 Not Found to {method}. Check Telegram:ApiBaseUrl (default https://api.telegram.org) and Telegram:BotToken.",
        BotApiFailureKind.Conflict when failure.Description.Contains("webhook", StringComparison.OrdinalIgnoreCase) =>
            "Telegram refuses long polling because a webhook is set for this bot (409 Conflict). Run with Telegram:Mode=Webhook, "
            + "or remove the webhook (Bot API deleteWebhook) to poll.",
        BotApiFailureKind.Conflict =>
            "Another instance of this bot is already polling Telegram with the same token (409 Conflict). Stop the other instance; only one may run.",
        _ when method == "setWebhook" =>
            $"Telegram refused the webhook ({failure.Description}). Check Telegram:WebhookUrl: a public https address on port 443, 80, 88 or 8443.",
        _ => $"The Bot API call {method} failed: {failure.Description}.",
    };
}
