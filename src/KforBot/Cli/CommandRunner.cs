using KforBot.Search;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// Runs a one-shot command inside a started host, turning the failures a person can fix (a bad setting,
/// a missing index or corpus) into one clear line on standard error and a non-zero exit code.
/// </summary>
internal static class CommandRunner
{
    public const int ExitFailure = 1;
    public const int ExitConfiguration = 2;

    public static Task<int> RunAsync(
        CliContext context,
        CommonSettings settings,
        Func<IServiceProvider, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken,
        Action<HostApplicationBuilder>? configure = null,
        LogLevel minimumLevel = LogLevel.Information) =>
        GuardAsync(context, async () =>
        {
            var builder = BotHostFactory.CreateBuilder(settings, minimumLevel);
            configure?.Invoke(builder);
            using var host = builder.Build();
            host.Services.ValidateSettings();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                return await command(host.Services, cancellationToken).ConfigureAwait(false);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="run"/>, turning a bad setting, a missing index or corpus, or Ctrl+C into one line on
    /// standard error and the matching exit code.
    /// </summary>
    public static async Task<int> GuardAsync(CliContext context, Func<Task<int>> run, CancellationToken cancellationToken)
    {
        try
        {
            return await run().ConfigureAwait(false);
        }
        catch (OptionsValidationException e)
        {
            await context.Error.WriteLineAsync($"Configuration error: {string.Join(" ", e.Failures)}").ConfigureAwait(false);
            return ExitConfiguration;
        }
        catch (IndexUnavailableException e)
        {
            await context.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return ExitFailure;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitFailure;
        }
    }

    public static Task EnsureIndexAsync(IServiceProvider services, CliContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<IndexFreshness>().EnsureCurrentAsync(new ReindexProgressWriter(context.Error), cancellationToken);
}
