using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KforBot.State;

/// <summary>Registers the bot's state file and its stores.</summary>
internal static class StateServiceCollectionExtensions
{
    /// <summary>
    /// Adds the state file (at <c>Telegram:StatePath</c>, see <see cref="BotStateOptions"/>, validated at start-up)
    /// with its chats that blocked the bot, chats that moved and updates handled.
    /// </summary>
    public static IServiceCollection AddBotState(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<BotStateOptions>().BindConfiguration(BotStateOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var settings = provider.GetRequiredService<IOptions<BotStateOptions>>().Value;
            return new BotStateDatabase(settings.StatePath, settings.StateLockWaitSeconds);
        });
        services.AddSingleton<IBotStateDatabase>(provider => provider.GetRequiredService<BotStateDatabase>());
        services.AddSingleton<BlockedChats>();
        services.AddSingleton<ChatMigrations>();
        services.AddSingleton<HandledUpdates>();
        return services;
    }
}
