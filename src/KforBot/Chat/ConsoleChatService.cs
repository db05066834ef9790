using KforBot.Answering;
using KforBot.Cli;
using KforBot.Formatting;
using KforBot.Log;
using KforBot.Search;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Chat;

/// <summary>
/// The interactive console chat, run when no Telegram bot token is configured: a greeting, then
/// question -> answer with citations, until end of input or Ctrl+C. Same pipeline as the Telegram bot. Every
/// question is recorded in the interaction log under the operating system's user name (as a pseudonym).
/// </summary>
internal sealed partial class ConsoleChatService(
    ConsoleStreams console,
    IndexFreshness freshness,
    IQuestionAnswerer answerer,
    ISourceCatalog sources,
    IOptions<AnsweringOptions> options,
    IOptions<IndexOptions> indexOptions,
    IInteractionLog interactions,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    private const string Commands = "Type a question, /sources for my articles, /help for help, or /quit to leave.";

    private static readonly Asker Asker = new(LogChannel.Console, "chat", Environment.UserName);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await freshness.EnsureCurrentAsync(new ReindexProgressWriter(console.Error), stoppingToken).ConfigureAwait(false);
            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is stopping.
        }
        catch (IndexUnavailableException e)
        {
            await console.Error.WriteLineAsync(IndexLocation.FindProblem(indexOptions.Value.Path) ?? e.Message).ConfigureAwait(false);
            Environment.ExitCode = CommandRunner.ExitFailure;
        }
        finally
        {
            lifetime.StopApplication();
        }
    }

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        var catalog = await sources.ListAsync(stoppingToken).ConfigureAwait(false);
        await WriteAsync(HelpText.Intro(catalog.Count), SuggestionList(), Commands).ConfigureAwait(false);
        while (!stoppingToken.IsCancellationRequested)
        {
            await console.Output.WriteAsync("\n> ").ConfigureAwait(false);
            await console.Output.FlushAsync(stoppingToken).ConfigureAwait(false);
            var line = await console.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                await console.Output.WriteLineAsync().ConfigureAwait(false);
                return;
            }

            await RespondAsync(line.Trim(), stoppingToken).ConfigureAwait(false);
        }
    }

    private async Task RespondAsync(string line, CancellationToken stoppingToken)
    {
        switch (line)
        {
            case "":
                return;
            case "/help" or "/start":
                var catalog = await sources.ListAsync(stoppingToken).ConfigureAwait(false);
                await WriteAsync(HelpText.Intro(catalog.Count), SuggestionList(), Commands).ConfigureAwait(false);
                return;
            case "/sources":
                await WriteAsync(AnswerTextFormatter.FormatSources(await sources.ListAsync(stoppingToken).ConfigureAwait(false))).ConfigureAwait(false);
                return;
            default:
                var started = timeProvider.GetTimestamp();
                var answer = await answerer.AnswerAsync(line, stoppingToken).ConfigureAwait(false);
                interactions.Record(Asker, answer, timeProvider.GetElapsedTime(started));
                LogAnswered(logger, answer.Kind, answer.Passages.Count);
                await WriteAsync(AnswerTextFormatter.Format(answer)).ConfigureAwait(false);
                return;
        }
    }

    private string SuggestionList() =>
        HelpText.SuggestionLead + Environment.NewLine + string.Join(Environment.NewLine, options.Value.EffectiveExampleQuestions.Select(q => "  • " + q));

    private async Task WriteAsync(params string[] paragraphs)
    {
        await console.Output.WriteLineAsync(string.Join(Environment.NewLine + Environment.NewLine, paragraphs)).ConfigureAwait(false);
        await console.Output.FlushAsync().ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Console question handled: {Kind} with {Passages} passages")]
    private static partial void LogAnswered(ILogger logger, AnswerKind kind, int passages);
}
