using System.CommandLine;

namespace KforBot.Cli;

/// <summary>
/// The command line: no command runs the bot (console chat until a Telegram token is configured);
/// <c>ask</c>, <c>search</c>, <c>reindex</c>, <c>eval</c>, <c>logs</c> and <c>moderators</c> are one-shot commands;
/// <c>moderate</c> serves the moderators' site. Invalid arguments and
/// unknown options print the error and usage on standard error and exit with code 1.
/// </summary>
internal sealed class CliApplication(CliContext context)
{
    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken = default)
    {
        var shared = new SharedOptions();
        var root = new RootCommand("KforBot answers questions about KFOR, NATO's Kosovo Force, only by quoting its news articles.")
        {
            shared.Corpus,
            shared.Index,
            AskCommand.Create(context, shared),
            ReindexCommand.Create(context, shared),
            CorpusCheckCommand.Create(context, shared),
            EvalCommand.Create(context, shared),
            SearchCommand.Create(context, shared),
            LogsCommand.Create(context, shared),
            ModerateCommand.Create(context, shared),
            ModeratorsCommand.Create(context, shared),
        };
        root.SetAction((parse, ct) => RunBotCommand.RunAsync(context, shared.Read(parse), ct));
        UnknownOptions.RejectIn(root, args);

        var parsed = root.Parse(args);

        // Usage printed because of an error belongs on standard error with the error; only a requested --help goes to standard output.
        var output = parsed.Errors.Count > 0 ? context.Error : context.Output;
        var configuration = new InvocationConfiguration { Output = output, Error = context.Error };
        return await parsed.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
