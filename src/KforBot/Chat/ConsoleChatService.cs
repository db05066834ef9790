using KforBot.Answering;
using KforBot.Answering.Questions;
using KforBot.Conversation;
using KforBot.Conversation.Operators;
using KforBot.Formatting;
using KforBot.Log;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Chat;

/// <summary>
/// The interactive console chat, run when no Telegram bot token is configured: a greeting, then
/// question -> answer with citations, until end of input or Ctrl+C. Same pipeline and the same framing as the
/// Telegram bot (a pasted claim is answered "…about this:", <c>/privacy</c> as there), and the same conversation:
/// <c>/more</c> for further passages (Telegram's "More sources"), <c>/good</c> and <c>/bad</c> for feedback on the last
/// answer (👍/👎), <c>/forget</c> to delete one's entries from the interaction log, and the operators' <c>/reindex</c>
/// (its report is printed when it is done, while the chat goes on) and <c>/stats</c> (whoever runs the console runs
/// the bot). Every question is recorded in the interaction log under the operating system's user name (as a
/// pseudonym); a line that starts with <c>/</c> is a command, never a question. ("Notify me" is not offered: a console
/// chat has no address to send a later answer to.)
/// It asks through the rooms' <see cref="QuestionDesk"/> (asking, recording, feedback, more passages, forgetting) and
/// <see cref="OperatorDesk"/>, not through <see cref="RequestDesk"/>: that desk serves channels many people write to
/// (a per-user limit, an operators' gate, numeric user ids, 1,000 characters at most), while the console has one user,
/// who runs the bot, and reads up to 2,000 characters, saying when it shortened a line.
/// </summary>
internal sealed partial class ConsoleChatService(
    ConsoleStreams console,
    OperatorDesk operatorDesk,
    QuestionDesk desk,
    ISourceCatalog sources,
    IOptions<AnsweringOptions> options,
    IOptions<LogOptions> logOptions,
    IHostApplicationLifetime lifetime,
    ILogger<ConsoleChatService> logger) : BackgroundService
{
    /// <summary>The exit code of a chat that could not start, as of every command that fails.</summary>
    private const int ExitFailure = 1;

    private static readonly Asker Asker = new(LogChannel.Console, "chat", Environment.UserName);

    /// <summary>The last question answered, and how many of its passages were shown, for /more, /good and /bad.</summary>
    private (string Question, string? EntryId, int Shown)? _last;

    /// <summary>One writer at a time: a reindex report arrives while the chat waits for a line.</summary>
    private readonly SemaphoreSlim _writing = new(1, 1);

    /// <summary>Set when the chat is leaving: a report that comes now needs no prompt after it.</summary>
    private volatile bool _leaving;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            if ((await operatorDesk.EnsureIndexCurrentAsync(new ReindexProgressWriter(console.Error), stoppingToken).ConfigureAwait(false)).Problem is { } problem)
            {
                await console.Error.WriteLineAsync(problem).ConfigureAwait(false);
                Environment.ExitCode = ExitFailure;
                return;
            }

            await RunAsync(stoppingToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Ctrl+C: the host is stopping.
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
            await WritePromptAsync(string.Empty, stoppingToken).ConfigureAwait(false);
            var line = await console.ReadLineAsync(stoppingToken).ConfigureAwait(false);
            if (line is null || line.Trim() is "/quit" or "/exit")
            {
                _leaving = true;
                await WriteAsync(string.Empty).ConfigureAwait(false);
                if (operatorDesk.IsReindexing)
                {
                    // "/reindex" piped in, or typed before leaving: the operator asked for it, so it is finished.
                    await WriteAsync(ConsoleReplies.WaitingForReindex).ConfigureAwait(false);
                    await operatorDesk.WaitForReindexAsync(stoppingToken).ConfigureAwait(false);
                }

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

        // "more" alone asks for what the hint after an answer offers, as a button would; as a question it names nothing.
        if (line.TrimEnd('.', '!', '?', ' ').Equals("more", StringComparison.OrdinalIgnoreCase))
        {
            await MoreAsync(stoppingToken).ConfigureAwait(false);
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
                await WriteAsync(Sources(await sources.ListAsync(stoppingToken).ConfigureAwait(false))).ConfigureAwait(false);
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
            case "/more":
                await MoreAsync(stoppingToken).ConfigureAwait(false);
                return;
            case "/good" or "/bad":
                await WriteAsync(RecordFeedback(command == "/good" ? Feedback.Up : Feedback.Down)).ConfigureAwait(false);
                return;
            case "/forget":
                _last = null;
                await WriteAsync(await desk.ForgetAsync(Asker.Channel, Asker.UserId, stoppingToken).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            case "/reindex":
                await WriteAsync(operatorDesk.TryStartReindex(WriteReportAsync) ? OperatorReplies.ReindexStarted : OperatorReplies.ReindexRunning).ConfigureAwait(false);
                return;
            case "/stats":
                await WriteAsync(await operatorDesk.StatsAsync(stoppingToken).ConfigureAwait(false)).ConfigureAwait(false);
                return;
            default:
                await WriteAsync(ConsoleReplies.UnknownCommand(command)).ConfigureAwait(false);
                return;
        }
    }

    private async Task AnswerAsync(string question, CancellationToken stoppingToken)
    {
        var asked = await desk.AskAsync(Asker, question, stoppingToken).ConfigureAwait(false);
        var answer = asked.Answer;
        _last = (answer.Question, asked.EntryId, answer.Passages.Count);
        LogAnswered(logger, answer.Kind, answer.Passages.Count);
        // A pasted claim gets the lead Telegram gives it.
        var text = asked.IsThanks ? ConsoleReplies.ThankYou : AnswerTextFormatter.Format(answer, ClaimDetector.LeadFor(question, isForwarded: false));
        if (answer.MorePassages > 0)
        {
            text += Environment.NewLine + Environment.NewLine + ConsoleReplies.MoreHint;
        }

        await (question.Length > QuestionReader.MaxQuestionLength
            ? WriteAsync(ConsoleReplies.Shortened(question.Length), text)
            : WriteAsync(text)).ConfigureAwait(false);
    }

    private async Task MoreAsync(CancellationToken stoppingToken)
    {
        if (_last is not { } last)
        {
            await WriteAsync(ConsoleReplies.NothingAskedYet).ConfigureAwait(false);
            return;
        }

        var next = await desk.MoreAsync(last.Question, last.Shown, stoppingToken).ConfigureAwait(false);
        if (next.Kind != AnswerKind.Answered || next.Passages.Count == 0)
        {
            await WriteAsync(Replies.NoMorePassages).ConfigureAwait(false);
            return;
        }

        _last = last with { Shown = last.Shown + next.Passages.Count };
        var text = AnswerTextFormatter.Format(next, Replies.MoreLead);
        await (next.MorePassages > 0 ? WriteAsync(text, ConsoleReplies.MoreHint) : WriteAsync(text)).ConfigureAwait(false);
    }

    private string RecordFeedback(Feedback feedback)
    {
        if (_last is not { EntryId: { } entryId })
        {
            return ConsoleReplies.NothingAskedYet;
        }

        return desk.RecordFeedback(entryId, feedback);
    }

    private static string Sources(IReadOnlyList<Citation> sources) =>
        string.Join(Environment.NewLine, [Replies.SourcesLead(sources.Count), .. sources.Select(s => "  • " + CitationFormatter.PlainText(s))]);

    private string SuggestionList() =>
        HelpText.SuggestionLead + Environment.NewLine + string.Join(Environment.NewLine, options.Value.EffectiveExampleQuestions.Select(q => "  • " + q));

    private async Task WriteAsync(params string[] paragraphs)
    {
        await _writing.WaitAsync().ConfigureAwait(false);
        try
        {
            await console.Output.WriteLineAsync(string.Join(Environment.NewLine + Environment.NewLine, paragraphs)).ConfigureAwait(false);
            await console.Output.FlushAsync().ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    /// <summary>A reindex's report, printed below the prompt it interrupts, and the prompt again (unless the chat is leaving).</summary>
    private Task WriteReportAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken) => _leaving
        ? WriteAsync(string.Join(Environment.NewLine, lines))
        : WritePromptAsync(Environment.NewLine + string.Join(Environment.NewLine, lines) + Environment.NewLine, cancellationToken);

    private async Task WritePromptAsync(string before, CancellationToken cancellationToken)
    {
        await _writing.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await console.Output.WriteAsync(before + "\n> ").ConfigureAwait(false);
            await console.Output.FlushAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _writing.Release();
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Console question handled: {Kind} with {Passages} passages")]
    private static partial void LogAnswered(ILogger logger, AnswerKind kind, int passages);
}
