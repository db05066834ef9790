using KforBot.Telegram.Api;
using KforBot.Telegram.Conversation;
using KforBot.Telegram.Receiving;
using KforBot.Telegram.Sending;
using KforBot.Telegram.State;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram;

/// <summary>Registers the Telegram bot.</summary>
public static class TelegramServiceCollectionExtensions
{
    /// <summary>
    /// Adds the Telegram bot over the answering pipeline (<c>AddAnswering</c> must be added too): the Bot API client,
    /// the bot's state file, the conversation and, by <c>Telegram:Mode</c>, long polling (default) or the webhook
    /// registration (map the endpoint with <see cref="WebhookEndpoint.MapTelegramWebhook"/>). Settings come from the
    /// section <c>Telegram</c> and are validated at start-up; a malformed token or address stops start-up with a message naming the setting.
    /// </summary>
    public static IServiceCollection AddTelegramBot(this IServiceCollection services)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);

        services.AddHttpClient<BotApiClient>(http => http.Timeout = Timeout.InfiniteTimeSpan)
            // Long-lived services hold the client, so connections are recycled by the handler instead of by the factory.
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            // HttpClient's own request logging prints URLs, and the token is part of every Bot API URL.
            .RemoveAllLoggers();
        services.AddSingleton<BotApiRetry>();

        services.AddSingleton<BotStateDatabase>();
        services.AddSingleton<UpdateLedger>();
        services.AddSingleton<AnswerArchive>();
        services.AddSingleton<FeedbackLog>();
        services.AddSingleton<BlockedChats>();

        services.AddSingleton<FloodGate>();
        services.AddSingleton<ChatSender>();

        services.AddSingleton<QuestionRateLimiter>();
        services.AddSingleton<AnswerPresenter>();
        services.AddSingleton<QuestionResponder>();
        services.AddSingleton<MessageResponder>();
        services.AddSingleton<CallbackResponder>();
        services.AddSingleton<MembershipTracker>();
        services.AddSingleton<UpdateRouter>();

        services.AddSingleton<BotLifecycle>();
        services.AddSingleton<BotStartup>();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<UpdateBatchDispatcher>();
        services.AddSingleton<WebhookSecret>();
        services.AddSingleton<IHostedService>(provider =>
            provider.GetRequiredService<IOptions<TelegramOptions>>().Value.Mode == TelegramMode.Webhook
                ? ActivatorUtilities.CreateInstance<WebhookRegistration>(provider)
                : ActivatorUtilities.CreateInstance<LongPollingService>(provider));
        return services;
    }
}
