using KforBot.Search;
using KforBot.Telegram.Api;
using KforBot.Telegram.State;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// What runs before the bot answers anything: the index freshness check (as for the console chat), getMe (the
/// bot's id and @username, for group rules), pruning old state, and the command menu. setMyCommands is optional:
/// it runs in the background and a failure is only logged.
/// </summary>
internal sealed class BotStartup(
    IndexFreshness freshness,
    BotApiClient client,
    BotApiRetry retry,
    BotLifecycle lifecycle,
    UpdateLedger ledger,
    AnswerArchive archive,
    IOptions<TelegramOptions> options,
    ILogger<BotStartup> logger)
{
    // Telegram keeps an unconfirmed update 24 hours at most; ids a little older than that can no longer come back.
    private static readonly TimeSpan HandledUpdateMemory = TimeSpan.FromHours(48);

    private static readonly BotCommand[] Commands =
    [
        new("start", "What I do and how to ask"),
        new("help", "How to ask, with example questions"),
        new("sources", "The articles I quote"),
        new("ask", "Ask a question (in groups: /ask your question)"),
    ];

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await freshness.EnsureCurrentAsync(progress: null, cancellationToken).ConfigureAwait(false);
        var me = await retry.ExecuteAsync(client.GetMeAsync, cancellationToken).ConfigureAwait(false);
        lifecycle.MarkStarted(me);
        Log.BotStarted(logger, me.Username ?? me.FirstName, me.Id, options.Value.Mode);
        await ledger.PruneAsync(HandledUpdateMemory, cancellationToken).ConfigureAwait(false);
        await archive.PruneAsync(options.Value.AnswerRetention, cancellationToken).ConfigureAwait(false);
        _ = RegisterCommandsAsync(cancellationToken);
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommandsAsync(new SetMyCommandsRequest(Commands), cancellationToken).ConfigureAwait(false);
        }
        catch (BotApiException e)
        {
            Log.OptionalCallFailed(logger, e.Method, e.Kind, e.Description);
        }
        catch (OperationCanceledException)
        {
            // The bot stopped first; the menu stays as it was.
        }
    }
}
