using KforBot.Conversation;
using KforBot.Conversation.FollowUp;
using KforBot.State;
using KforBot.Telegram.Receiving;
using KforBot.Telegram.Sending;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace KforBot.Telegram;

/// <summary>Registers the Telegram bot.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Telegram bot over the answering pipeline and the interaction log (<c>AddAnswering</c> and
    /// <c>AddInteractionLog</c> must be added too, the log first so that it is flushed after the bot stops): Telegram.Bot's
    /// <see cref="ITelegramBotClient"/> on an <see cref="HttpClient"/> from the factory (at <c>Telegram:ApiBaseUrl</c>),
    /// the bot's state file, the conversation and, by <paramref name="mode"/>, long polling or the webhook
    /// registration (map the endpoint with <see cref="WebhookEndpoint.MapTelegramWebhook"/>). Settings come from the
    /// sections <c>Telegram</c> and <c>Operators</c> (who may run <c>/reindex</c> and <c>/stats</c>) and are validated at start-up; a malformed token or address stops start-up with a message naming the setting.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="mode">How updates arrive, as the command line decided from <c>Telegram:Mode</c>.</param>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services, TelegramMode mode)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient(nameof(ITelegramBotClient))
            // Long-lived services hold the client, so connections are recycled by the handler instead of by the factory.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // HttpClient's own request logging prints URLs, and the token is part of every Bot API URL.
            .RemoveAllLoggers()
            .AddHttpMessageHandler(() => new Acknowledgements())
            .AddTypedClient<ITelegramBotClient>((http, provider) => CreateClient(http, provider.GetRequiredService<IOptions<TelegramOptions>>().Value));
        services.AddSingleton<BotApiRetry>();

        services.AddBotState();
        services.AddConversationRoom();
        services.AddSingleton<UpdateLedger>();
        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatSender>();
        services.AddSingleton<AnswerPresenter>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<CallbackResponder>();
        services.AddSingleton<MembershipTracker>();
        services.AddSingleton<IAnswerDelivery, NotificationDelivery>();

        services.AddSingleton<BotLifecycle>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateBatchDispatcher>();
        services.AddSingleton<WebhookSecret>();
        if (mode == TelegramMode.Webhook)
        {
            services.AddHostedService<WebhookRegistration>();
        }
        else
        {
            services.AddHostedService<LongPollingService>();
        }

        return services;
    }

    private static TelegramBotClient CreateClient(HttpClient http, TelegramOptions settings)
    {
        // One timeout for every call: a long poll is held up to PollTimeoutSeconds, so that much more is allowed.
        http.Timeout = settings.RequestTimeout + TimeSpan.FromSeconds(settings.PollTimeoutSeconds);
        var baseUrl = settings.ApiBaseUrl.TrimEnd('/') == TelegramOptions.TelegramApiUrl ? null : settings.ApiBaseUrl;

        // Retries are BotApiRetry's, on the injected clock and only for the calls that need them (see there).
        return new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken, baseUrl) { RetryThreshold = 0 }, http);
    }
}
