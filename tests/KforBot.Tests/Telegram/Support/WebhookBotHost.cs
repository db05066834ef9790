using System.Net;
using KforBot.Log;
using KforBot.Telegram;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Receiving;
using KforBot.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KforBot.Tests.Telegram.Support;

/// <summary>The bot in webhook mode on a real Kestrel server on 127.0.0.1, registering with a <see cref="FakeBotApiServer"/>.</summary>
internal static class WebhookBotHost
{
    public const string Secret = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    /// <summary>Starts the bot; returns it and the address Telegram would post updates to.</summary>
    public static async Task<(WebApplication App, Uri Webhook)> StartAsync(SeedIndex index, FakeBotApiServer server, string stateDirectory, CapturedLogs logs)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = index.IndexPath,
            ["Corpus:Directory"] = SeedIndex.CorpusDirectory,
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:Mode"] = "Webhook",
            ["Telegram:WebhookUrl"] = "https://bot.example.org/telegram/update",
            ["Telegram:WebhookSecret"] = Secret,
            ["Telegram:StatePath"] = Path.Combine(stateDirectory, "bot.db"),
            ["Log:Path"] = Path.Combine(stateDirectory, "log.db"),
        });
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton<TimeProvider>(new InstantTimeProvider());
        builder.Services.AddSharedEncoder().AddAnswering();
        builder.Services.AddInteractionLog();
        builder.Services.AddTelegramBot(TelegramMode.Webhook);
        var app = builder.Build();
        app.MapTelegramWebhook();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return (app, new Uri(new Uri(address), "/telegram/update"));
    }

    public static BotLifecycle Lifecycle(this WebApplication app) => app.Services.GetRequiredService<BotLifecycle>();
}
