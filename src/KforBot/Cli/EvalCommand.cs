using System.CommandLine;
using System.Diagnostics;
using System.Text.Json;
using KforBot.Answering;
using KforBot.Evaluation;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Cli;

/// <summary><c>eval FILE</c> answers every question of a question file and prints the scorer's figures.</summary>
internal static class EvalCommand
{
    public static Command Create(CliContext context, SharedOptions shared)
    {
        var file = new Argument<FileInfo>("file") { Description = "A question file: one JSON object a line with id, cat, q (and any)." };
        var log = new LogFlag();
        var command = new Command("eval", "Score the bot on a question file (hit@1, hit@3, refusals, hostile inputs).") { file, log.Option };
        command.SetAction((parse, cancellationToken) => CommandRunner.RunAsync(
            context,
            shared.Read(parse),
            async (services, ct) =>
            {
                var path = parse.GetValue(file)!;
                var questions = await ReadQuestionsAsync(path, context, ct).ConfigureAwait(false);
                if (questions is null)
                {
                    return CommandRunner.ExitFailure;
                }

                await CommandRunner.EnsureIndexAsync(services, context, ct).ConfigureAwait(false);
                var desk = LogFlag.Desk(services);
                var scorer = new EvalScorer();
                var started = Stopwatch.GetTimestamp();
                foreach (var question in questions)
                {
                    scorer.Add(question, (await desk.AskAsync(LogFlag.Asker("eval"), question.Question, ct).ConfigureAwait(false)).Answer);
                }

                await context.Output.WriteAsync(scorer.Report(Stopwatch.GetElapsedTime(started))).ConfigureAwait(false);
                return 0;
            },
            cancellationToken,
            log.Configure(parse)));
        return command;
    }

    private static async Task<List<EvalQuestion>?> ReadQuestionsAsync(FileInfo path, CliContext context, CancellationToken cancellationToken)
    {
        if (!path.Exists)
        {
            await context.Error.WriteLineAsync($"The question file '{path.FullName}' does not exist.").ConfigureAwait(false);
            return null;
        }

        var questions = new List<EvalQuestion>();
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path.FullName, cancellationToken).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var question = JsonSerializer.Deserialize(line, EvalJsonContext.Default.EvalQuestion);
                if (question is null || question.Id is null || question.Category is null || question.Question is null)
                {
                    throw new JsonException("id, cat and q are required");
                }

                questions.Add(question);
            }
            catch (JsonException e)
            {
                await context.Error.WriteLineAsync($"{path.Name}:{lineNumber}: not a question object ({e.Message})").ConfigureAwait(false);
                return null;
            }
        }

        return questions;
    }
}
