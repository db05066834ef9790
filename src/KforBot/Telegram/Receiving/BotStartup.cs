using KforBot.Conversation;
using KforBot.Conversation.Operators;
using KforBot.State;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>
/// What runs before the bot answers anything: the index freshness check (as for the console chat), the state file,
/// getMe (the bot's id, which keys the update ledger, and @username, for group rules; tried for as long as Telegram is
/// unreachable), pruning old state, and the command menu (with /reindex and /stats in the operators' own chats). setMyCommands is optional: it runs in the background and a
/// failure is only logged. When the start-up rebuilt the index, the refused questions are asked again and the
/// notifications due are sent, in the background; notifications left over from an earlier run are sent in any case.
/// Both receivers (long polling, the webhook's registration) run through <see cref="RunAsync"/>, which stops the bot
/// with a plain reason when start-up or receiving meets an error no retry fixes.
/// </summary>
internal sealed class BotStartup(
    OperatorDesk operatorDesk,
    BotStateDatabase database,
    ITelegramBotClient client,
    BotApiRetry retry,
    BotLifecycle lifecycle,
    UpdateLedger ledger,
    HandledUpdates handledUpdates,
    AnswerArchive archive,
    IOptions<OperatorOptions> operators,
    IOptions<TelegramOptions> options,
    ILogger<BotStartup> logger)
{
    // Telegram keeps an unconfirmed update 24 hours at most; ids a little older than that can no longer come back.
    private static readonly TimeSpan HandledUpdateMemory = TimeSpan.FromHours(48);

    private static readonly BotCommand[] Commands =
    [
        new() { Command = "start", Description = "What I do and how to ask" },
        new() { Command = "help", Description = "How to ask, with example questions" },
        new() { Command = "sources", Description = "The articles I quote" },
        new() { Command = "ask", Description = "Ask a question (in groups: /ask your question)" },
        new() { Command = "privacy", Description = "What I keep about your questions" },
        new() { Command = "forget", Description = "Delete every question of yours I keep" },
    ];

    // Shown only in the operators' private chats with the bot.
    private static readonly BotCommand[] OperatorCommands =
    [
        .. Commands,
        new() { Command = "reindex", Description = "Operators: rebuild the index from the corpus" },
        new() { Command = "stats", Description = "Operators: index and question figures" },
    ];

    /// <summary>
    /// Starts the bot, then receives updates with <paramref name="receive"/> until the host stops. An error no retry
    /// fixes (see <see cref="BotLifecycle.IsFatal"/>: a fatal answer, start-up failing after every retry, no state
    /// file) stops the bot with a plain reason, naming getMe or <paramref name="method"/>, rather than sit idle; so
    /// does no index to answer from, with the operators' desk's reason.
    /// </summary>
    /// <param name="method">The Bot API method <paramref name="receive"/> depends on (getUpdates, setWebhook).</param>
    /// <param name="receive">Long polling, or the webhook's registration.</param>
    /// <param name="stoppingToken">Set when the host stops.</param>
    public async Task RunAsync(string method, Func<CancellationToken, Task> receive, CancellationToken stoppingToken)
    {
        var failing = "getMe";
        try
        {
            if (await StartAsync(stoppingToken).ConfigureAwait(false) is { } problem)
            {
                lifecycle.Stop(problem);
                return;
            }

            failing = method;
            await receive(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The host is stopping.
        }
        catch (Exception e) when (BotLifecycle.IsFatal(e))
        {
            lifecycle.Stop(BotLifecycle.ExplainFatal(e, failing));
        }
    }

    /// <summary>Starts the bot; returns why it cannot answer anything when there is no index, otherwise null.</summary>
    private async Task<string?> StartAsync(CancellationToken cancellationToken)
    {
        var index = await operatorDesk.EnsureIndexCurrentAsync(progress: null, cancellationToken).ConfigureAwait(false);
        if (index.Problem is not null)
        {
            return index.Problem;
        }

        await database.EnsureCreatedAsync(cancellationToken).ConfigureAwait(false);
        var me = await retry.ExecuteUntilReachableAsync("getMe", ct => client.GetMe(ct), cancellationToken).ConfigureAwait(false);
        await ledger.OpenAsync(me.Id, cancellationToken).ConfigureAwait(false);
        lifecycle.MarkStarted(me);
        Diagnostics.BotStarted(logger, me.Username ?? me.FirstName, me.Id, options.Value.Mode);
        await handledUpdates.PruneAsync(HandledUpdateMemory, cancellationToken).ConfigureAwait(false);
        await archive.PruneAsync(cancellationToken).ConfigureAwait(false);

        _ = RegisterCommandsAsync(cancellationToken);
        _ = operatorDesk.FollowUpAfterStartAsync(index.Rebuilt, cancellationToken);
        return null;
    }

    private async Task RegisterCommandsAsync(CancellationToken cancellationToken)
    {
        try
        {
            await client.SetMyCommands(Commands, cancellationToken: cancellationToken).ConfigureAwait(false);
            foreach (var userId in operators.Value.TelegramUserIds)
            {
                await client.SetMyCommands(OperatorCommands, BotCommandScope.Chat(userId), cancellationToken: cancellationToken).ConfigureAwait(false);
            }
        }
        catch (RequestException e)
        {
            var failure = BotApiFailure.Of(e);
            Diagnostics.OptionalCallFailed(logger, "setMyCommands", failure.Kind, failure.Description);
        }
        catch (OperationCanceledException)
        {
            // The bot stopped first; the menu stays as it was.
        }
    }
}
