using KforBot.Corpus;
using KforBot.Formatting;
using KforBot.Search;
using KforBot.Telegram.Formatting;
using KforBot.Telegram.Notifications;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.Operators;

/// <summary>
/// The operators' <c>/reindex</c>: rebuilds the index beside the one in use while the bot goes on answering (the
/// builder swaps the new one in when it is complete), replies with the per-file report, then re-checks the refusals
/// and sends the notifications due. One reindex at a time; it runs outside the update that asked for it, so the
/// polling loop is never held up by it.
/// </summary>
internal sealed class LiveReindex(
    IIndexBuilder builder,
    IOptions<CorpusOptions> corpusOptions,
    SourceNotifications notifications,
    ChatSender sender,
    IHostApplicationLifetime lifetime,
    ILogger<LiveReindex> logger)
{
    private int _running;

    /// <summary>Whether a reindex (with its re-check and notifications) is under way.</summary>
    public bool IsRunning => Volatile.Read(ref _running) == 1;

    /// <summary>Starts a reindex that reports to the chat; false when one is running already.</summary>
    public bool TryStart(long chatId, bool isGroup, int replyTo)
    {
        if (Interlocked.CompareExchange(ref _running, 1, 0) != 0)
        {
            return false;
        }

        _ = RunAsync(chatId, isGroup, replyTo, lifetime.ApplicationStopping);
        return true;
    }

    private async Task RunAsync(long chatId, bool isGroup, int replyTo, CancellationToken stopping)
    {
        try
        {
            Log.ReindexStarted(logger);
            var corpus = corpusOptions.Value.ResolveDirectory();
            var report = await builder.BuildAsync(corpus, progress: null, stopping).ConfigureAwait(false);
            Log.ReindexFinished(logger, report.ArticlesIndexed, report.Problems.Count(p => p.Skipped), report.Elapsed.TotalSeconds, report.Succeeded);
            var lines = ReindexReportText.Lines(report, corpus).Select(line => TelegramHtml.Escape(line)).ToList();
            foreach (var part in AnswerHtmlFormatter.Pack(lines, separator: "\n"))
            {
                await sender.SendAsync(new OutgoingMessage(chatId, isGroup, part, replyTo), stopping).ConfigureAwait(false);
            }

            if (report.Succeeded)
            {
                await notifications.RunInBackgroundAsync(recheckFirst: true, stopping).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stopping.IsCancellationRequested)
        {
            // The bot is stopping; the builder left the previous index in place.
        }
        catch (Exception e)
        {
            // A deliberate catch-all: the boundary of a background job that must not take the bot down.
            Log.ReindexFailed(logger, e);
            await sender.SendAsync(new OutgoingMessage(chatId, isGroup, TelegramHtml.Escape(OperatorReplies.ReindexCrashed), replyTo), stopping).ConfigureAwait(false);
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
