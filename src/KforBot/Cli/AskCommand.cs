using System.CommandLine;
using KforBot.Answering;
using KforBot.Conversation;
using KforBot.Formatting;

namespace KforBot.Cli;

/// <summary>
/// <c>ask "QUESTION"</c> prints the answer for a person; <c>--json</c> prints one JSON object on one line;
/// <c>--json --batch</c> answers every line of standard input, one JSON line each, in order.
/// </summary>
internal static class AskCommand
{
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var question = new Argument<string?>("question") { Description = "The question, in quotes.", Arity = ArgumentArity.ZeroOrOne };
        var json = new Option<bool>("--json") { Description = "Print one JSON object per question, on one line." };
        var batch = new Option<bool>("--batch") { Description = "Read questions from standard input, one a line, until its end." };
        var log = new LogFlag();
        var command = new Command("ask", "Answer a question from the articles, or say why not.") { question, json, batch, log.Option };
        command.Validators.Add(result =>
        {
            var hasQuestion = result.GetValue(question) is not null;
            var isBatch = result.GetValue(batch);
            if (hasQuestion == isBatch)
            {
                result.AddError(isBatch ? "Give either a question or --batch, not both." : "Give a question in quotes, or --batch to read questions from standard input.");
            }
        });
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                await CommandRunner.EnsureIndexAsync(services, context, ct).ConfigureAwait(false);
                var desk = LogFlag.Desk(services);
                if (parse.GetValue(batch))
                {
                    await AnswerBatchAsync(desk, context, parse.GetValue(json), ct).ConfigureAwait(false);
                }
                else
                {
                    var asked = await desk.AskAsync(LogFlag.Asker("ask"), parse.GetValue(question)!, ct).ConfigureAwait(false);
                    await WriteAsync(context.Output, asked.Answer, parse.GetValue(json)).ConfigureAwait(false);
                }

                return 0;
            },
            cancellationToken,
            log.Configure(parse)));
        return command;
    }

    internal static async Task AnswerBatchAsync(QuestionDesk desk, CliContext context, bool json, CancellationToken cancellationToken)
    {
        await foreach (var line in InputLines.ReadAsync(context.Input, cancellationToken).ConfigureAwait(false))
        {
            var asked = await desk.AskAsync(LogFlag.Asker("ask"), line, cancellationToken).ConfigureAwait(false);
            await WriteAsync(context.Output, asked.Answer, json).ConfigureAwait(false);
            if (!json)
            {
                await context.Output.WriteLineAsync().ConfigureAwait(false);
            }
        }
    }

    private static async Task WriteAsync(TextWriter output, Answer answer, bool json)
    {
        await output.WriteLineAsync(json ? AnswerJson.Serialize(answer) : AnswerTextFormatter.Format(answer)).ConfigureAwait(false);
        await output.FlushAsync().ConfigureAwait(false);
    }
}
