using KforBot.Formatting;
using KforBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Cli;

/// <summary>
/// Runs a one-shot command inside a started host, turning every failure into one clear line on standard error
/// and a non-zero exit code; the stack trace follows only at Debug level (see <see cref="LogDetail"/>).
/// </summary>
internal static class CommandRunner
{
    public const int ExitFailure = 1;
    public const int ExitConfiguration = 2;

    /// <summary>Stopped by Ctrl+C, SIGINT or SIGTERM before the end (128 + SIGINT, as shells report an interrupted program).</summary>
    public const int ExitCancelled = 130;

    public static Task<int> RunAsync(
        CliContext context,
        SharedSettings settings,
        Func<IServiceProvider, CancellationToken, Task<int>> command,
        CancellationToken cancellationToken,
        Action<HostApplicationBuilder>? configure = null,
        LogLevel minimumLevel = LogLevel.Information) =>
        GuardAsync(context, settings, async () =>
        {
            var builder = BotHostFactory.CreateBuilder(settings, minimumLevel);
            configure?.Invoke(builder);
            using var host = builder.Build();
            host.Services.ValidateSettings();
            await host.StartAsync(cancellationToken).ConfigureAwait(false);

            // The host takes Ctrl+C, SIGINT and SIGTERM (and keeps the process alive until it is disposed): the
            // command is stopped through the host's stopping token, or those signals would wait for it to end.
            var lifetime = host.Services.GetRequiredService<IHostApplicationLifetime>();
            using var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
            try
            {
                return await command(host.Services, stopping.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                await context.Error.WriteLineAsync("Cancelled before the end.").ConfigureAwait(false);
                return ExitCancelled;
            }
            finally
            {
                await host.StopAsync(CancellationToken.None).ConfigureAwait(false);
            }
        }, cancellationToken);

    /// <summary>
    /// Runs <paramref name="run"/>, turning a bad setting, an index that cannot be used or built, Ctrl+C, or
    /// anything else that goes wrong into one line on standard error and the matching exit code.
    /// </summary>
    public static async Task<int> GuardAsync(CliContext context, SharedSettings settings, Func<Task<int>> run, CancellationToken cancellationToken)
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
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitCancelled;
        }
        catch (Exception e)
        {
            // The boundary of every command: whatever went wrong (an index that cannot be built, a full disk, a
            // file that cannot be read) is told in one line; the stack trace is for whoever asks for Debug logging.
            var configuration = ReadConfiguration(settings);
            await context.Error.WriteLineAsync(Describe(e, configuration)).ConfigureAwait(false);
            if (LogDetail.ShowsStackTraces(configuration))
            {
                await context.Error.WriteLineAsync(e.ToString()).ConfigureAwait(false);
            }

            return ExitFailure;
        }
    }

    public static Task EnsureIndexAsync(IServiceProvider services, CliContext context, CancellationToken cancellationToken) =>
        services.GetRequiredService<IndexFreshness>().EnsureCurrentAsync(new ReindexProgressWriter(context.Error), cancellationToken);

    /// <summary>
    /// An index that could not be built, or a file that could not be written, is most often a folder that is not
    /// writable: that is said in plain words when it is so.
    /// </summary>
    private static string Describe(Exception failure, IConfiguration configuration)
    {
        if (failure is IndexUnavailableException or IOException or UnauthorizedAccessException)
        {
            var indexPath = configuration.GetSection(IndexOptions.SectionName).Get<IndexOptions>()?.Path ?? new IndexOptions().Path;
            if (IndexLocation.FindProblem(indexPath) is { } problem)
            {
                return problem;
            }
        }

        return failure is IndexUnavailableException ? failure.Message : $"The command failed: {Messages(failure)}";
    }

    /// <summary>The messages of an exception and of those inside it: "Failed to load configuration from file …" says which file, the inner one what is wrong in it.</summary>
    private static string Messages(Exception failure)
    {
        var messages = new List<string>();
        for (var e = failure; e is not null; e = e.InnerException)
        {
            messages.Add(e.Message.ReplaceLineEndings(" ").TrimEnd('.'));
        }

        return string.Join(": ", messages.Distinct()) + ".";
    }

    private static IConfiguration ReadConfiguration(SharedSettings settings)
    {
        try
        {
            return BotHostFactory.CreateBuilder(settings).Configuration;
        }
        catch (InvalidDataException)
        {
            // A settings file that cannot be parsed: that is the failure being reported, so its settings are not needed.
            return new ConfigurationBuilder().Build();
        }
    }
}
