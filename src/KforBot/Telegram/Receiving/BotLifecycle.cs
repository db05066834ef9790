using KforBot.Search;
using KforBot.Telegram.Api;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
        Log.BotStopped(logger, reason);
        lifetime.StopApplication();
    }

    /// <summary>The operator's message for an error no retry can fix.</summary>
    public static string Explain(BotApiException error) => error.Kind switch
    {
        BotApiErrorKind.Unauthorized =>
            "The bot token was rejected by Telegram (401 Unauthorized). Check Telegram:BotToken: it must be the token @BotFather gave, and not revoked.",
        BotApiErrorKind.NotFound =>
            $"The Bot API answered 404 Not Found to {error.Method}. Check Telegram:ApiBaseUrl (default https://api.telegram.org) and Telegram:BotToken.",
        BotApiErrorKind.Conflict when error.Description.Contains("webhook", StringComparison.OrdinalIgnoreCase) =>
            "Telegram refuses long polling because a webhook is set for this bot (409 Conflict). Run with Telegram:Mode=Webhook, "
            + "or remove the webhook (Bot API deleteWebhook) to poll.",
        BotApiErrorKind.Conflict =>
            "Another instance of this bot is already polling Telegram with the same token (409 Conflict). Stop the other instance; only one may run.",
        _ when error.IsTransient =>
            $"Telegram could not be reached ({error.Method}: {error.Description}) even after retries. Check the network and Telegram:ApiBaseUrl, then start again.",
        _ => $"The Bot API call {error.Method} failed: {error.Description}.",
    };

    /// <summary>Errors that no retry fixes and that stop the bot: a fatal Bot API answer, no index, an unusable state file.</summary>
    public static bool IsFatal(Exception error) => error is BotApiException or IndexUnavailableException or SqliteException;

    /// <summary>The operator's message for an error <see cref="IsFatal"/> accepts.</summary>
    public static string ExplainFatal(Exception error) => error switch
    {
        BotApiException api => Explain(api),
        SqliteException state => ExplainState(state),
        _ => error.Message,
    };

    public static string ExplainState(SqliteException error) =>
        $"The bot's state file cannot be used ({error.Message}). Check Telegram:StatePath (default data/bot.db): its folder must be writable.";
}
