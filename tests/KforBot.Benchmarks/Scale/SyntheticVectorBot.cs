using KforBot.Answering;
using KforBot.Cli;
using KforBot.Log;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// The bot's <c>ask --json --batch</c> (same host, same answering pipeline, same batch loop) with
/// <see cref="SyntheticPassageEncoder"/> in place of the model for passages: the process the scale benchmark times
/// and measures at 100,000 stories, on an index built in process with the same synthetic vectors.
/// Usage: <c>KforBot.Benchmarks synthetic-vector-bot --corpus DIR --index DIR</c>, questions on standard input.
/// </summary>
internal static class SyntheticVectorBot
{
    public const string CommandName = "synthetic-vector-bot";

    public static Task<int> RunAsync(IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var arguments = Support.BenchmarkArguments.Parse(args);
        var context = new CliContext(Console.In, Console.Out, Console.Error);
        var settings = new SharedSettings(arguments.Text("--corpus", "corpus"), arguments.Text("--index", "data/index"));
        return CommandRunner.RunAsync(
            context,
            settings,
            async (services, ct) =>
            {
                await CommandRunner.EnsureIndexAsync(services, context, ct).ConfigureAwait(false);
                await AskCommand.AnswerBatchAsync(LogFlag.Desk(services), context, json: true, ct).ConfigureAwait(false);
                return 0;
            },
            cancellationToken,
            builder => AddSyntheticPassageVectors(builder.Services));
    }

    /// <summary>Replaces the bot's encoder: synthetic vectors for passages, the real model for questions.</summary>
    public static IServiceCollection AddSyntheticPassageVectors(IServiceCollection services) =>
        services
            .AddSingleton<ArcticEncoder>()
            .AddSingleton<IPassageEncoder>(provider => new SyntheticPassageEncoder(provider.GetRequiredService<ArcticEncoder>()));
}
