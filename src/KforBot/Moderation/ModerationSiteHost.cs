using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Moderation;

/// <summary>
/// Serves the moderators' site inside the bot's process, at <c>Moderation:Urls</c>: a web application of its own
/// (its own Kestrel and pipeline, so the webhook's stays untouched) that shares the bot's log readers and index.
/// </summary>
internal sealed class ModerationSiteHost(IServiceProvider bot, IConfiguration configuration, IOptions<ModerationOptions> options, ILoggerFactory loggers) : IHostedService, IAsyncDisposable
{
    private WebApplication? _site;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Configuration.AddConfiguration(configuration);
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton(loggers);
        builder.Services.AddSingleton(bot.GetRequiredService<TimeProvider>());
        builder.Services.AddSingleton(bot.GetRequiredService<InteractionQueries>());
        builder.Services.AddSingleton(bot.GetRequiredService<InteractionReviews>());
        builder.Services.AddSingleton(bot.GetRequiredService<CorpusGaps>());
        if (bot.GetService<IPassageIndex>() is { } index)
        {
            builder.Services.AddSingleton(index);
        }

        builder.Services.AddModerationSite();
        builder.WebHost.UseUrls(options.Value.Urls!);
        _site = builder.Build();
        _site.UseModerationSite();
        await _site.StartAsync(cancellationToken).ConfigureAwait(false);
        Diagnostics.Listening(loggers.CreateLogger<ModerationSiteHost>(), options.Value.Urls!);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_site is not null)
        {
            await _site.StopAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_site is not null)
        {
            await _site.DisposeAsync().ConfigureAwait(false);
        }
    }
}
