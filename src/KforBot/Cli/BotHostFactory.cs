using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Console;

namespace KforBot.Cli;

/// <summary>
/// Builds the host every command runs in: configuration (appsettings.json, environment variables with <c>__</c>
/// for sections, user secrets, command-line overrides), logging to standard error only, and the answering pipeline.
/// The Telegram webhook needs a web host; everything else runs in the generic host.
/// </summary>
internal static class BotHostFactory
{
    public static HostApplicationBuilder CreateBuilder(SharedSettings settings, LogLevel minimumLevel = LogLevel.Information)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        Configure(builder, settings, minimumLevel);
        return builder;
    }

    public static WebApplicationBuilder CreateWebBuilder(SharedSettings settings, LogLevel minimumLevel = LogLevel.Information)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = Directory.GetCurrentDirectory(),
        });
        Configure(builder, settings, minimumLevel);
        return builder;
    }

    private static void Configure(IHostApplicationBuilder builder, SharedSettings settings, LogLevel minimumLevel)
    {
        builder.Configuration.AddUserSecrets(typeof(BotHostFactory).Assembly, optional: true);
        builder.Configuration.AddInMemoryCollection(settings.ToConfiguration());

        // Standard output is for answers (and JSON lines); every log line goes to standard error.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.FormatterName = ConsoleLogFormatter.FormatterName);
        builder.Logging.AddConsoleFormatter<ConsoleLogFormatter, ConsoleFormatterOptions>();
        builder.Services.Configure<ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(minimumLevel);
        builder.Logging.AddFilter("Microsoft", LogLevel.Warning);
        builder.Logging.AddFilter("System", LogLevel.Warning);
        builder.Services.AddAnswering();
    }
}
