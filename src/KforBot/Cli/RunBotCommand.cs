using KforBot.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using KforBot.Search;

namespace KforBot.Cli;

/// <summary>
/// The main job, run with no command: the interactive console chat over the answering pipeline.
/// </summary>
internal static class RunBotCommand
{
    public static async Task<int> RunAsync(CliContext context, CommonSettings settings, CancellationToken cancellationToken)
    {
        try
        {
            var builder = BotHostFactory.CreateBuilder(settings);
            builder.Services.AddConsoleChat(new ConsoleStreams(context.Input, context.Output, context.Error));
            using var host = builder.Build();
            await host.RunAsync(cancellationToken).ConfigureAwait(false);
            return Environment.ExitCode;
        }
        catch (OptionsValidationException e)
        {
            await context.Error.WriteLineAsync($"Configuration error: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return CommandRunner.ExitConfiguration;
        }
        catch (IndexUnavailableException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return CommandRunner.ExitFailure;
        }
    }
}
