using KforBot.Answering;
using KforBot.Answering.Questions;
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
/// question -> answer with citations, until end of input or Ctrl+C. Same pipeline and the same framing as the
/// Telegram bot (a pasted claim is answered "…about this:", <c>/privacy</c> as there). Every question is recorded in
/// the interaction log under the operating system's user name (as a pseudonym); a line that starts with <c>/</c> is
/// a command, never a question.
/// </summary>
internal sealed partial class ConsoleChatService(
    ConsoleStreams console,
    IndexFreshness freshness,
    IQuestionAnswerer answerer,
    ISourceCatalog sources,
    IOptions<AnsweringOptions> options,
    IOptions<IndexOptions> indexOptions,
    IOptions<LogOptions> logOptions,
    IInteractionLog interactions,
    TimeProvider timeProvider,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
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
        await WriteAsync(HelpText.Intro(catalog.Count), SuggestionList(), ConsoleReplies.Commands).ConfigureAwait(false);
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
        if (line.Length == 0)
        {
            return;
        }

        if (!line.StartsWith('/'))
        {
            await AnswerAsync(line, stoppingToken).ConfigureAwait(false);
            return;
        }

        var space = line.IndexOfAny([' ', '\t']);
        var command = (space < 0 ? line : line[..space]).ToLowerInvariant();
        var rest = space < 0 ? string.Empty : line[(space + 1)..].Trim();
        switch (command)
        {
            case "/help" or "/start":
                var catalog = await sources.ListAsync(stoppingToken).ConfigureAwait(false);
                await WriteAsync(HelpText.Intro(catalog.Count), SuggestionList(), ConsoleReplies.Commands).ConfigureAwait(false);
                return;
            case "/sources":
                await WriteAsync(AnswerTextFormatter.FormatSources(await sources.ListAsync(stoppingToken).ConfigureAwait(false))).ConfigureAwait(false);
                return;
            case "/privacy":
                await WriteAsync(PrivacyNotice.Text(logOptions.Value)).ConfigureAwait(false);
                return;
            case "/ask" when rest.Length > 0:
                await AnswerAsync(rest, stoppingToken).ConfigureAwait(false);
                return;
            case "/ask":
                await WriteAsync(ConsoleReplies.Commands).ConfigureAwait(false);
                return;
            default:
                await WriteAsync(ConsoleReplies.UnknownCommand(command)).ConfigureAwait(false);
                return;
        }
    }

    private async Task AnswerAsync(string question, CancellationToken stoppingToken)
    {
        var started = timeProvider.GetTimestamp();
        var answer = await answerer.AnswerAsync(question, stoppingToken).ConfigureAwait(false);
        interactions.Record(Asker, answer, timeProvider.GetElapsedTime(started));
        LogAnswered(logger, answer.Kind, answer.Passages.Count);
        var text = answer.Kind is AnswerKind.Greeting && ConsoleReplies.IsThankYou(question)
            ? ConsoleReplies.ThankYou
            : Framed(AnswerTextFormatter.Format(answer), question);
        await (question.Length > QuestionReader.MaxQuestionLength
            ? WriteAsync(ConsoleReplies.Shortened(question.Length), text)
            : WriteAsync(text)).ConfigureAwait(false);
    }

    /// <summary>A pasted claim gets the lead Telegram gives it.</summary>
    private static string Framed(string answerText, string question) =>
        ClaimDetector.IsClaim(question, isForwarded: false) && answerText.StartsWith(ClaimDetector.AnswerLead, StringComparison.Ordinal)
            ? ClaimDetector.ClaimLead + answerText[ClaimDetector.AnswerLead.Length..]
            : answerText;

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
