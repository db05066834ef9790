using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KforBot.State;

/// <summary>Registers the bot's state file and its stores.</summary>
internal static class StateServiceCollectionExtensions
{
    /// <summary>Adds the state file at the path and lock wait <paramref name="open"/> gives, with its chats that blocked the bot, chats that moved and updates handled.</summary>
    public static IServiceCollection AddBotState(this IServiceCollection services, Func<IServiceProvider, BotStateDatabase> open)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(open);
        services.AddSingleton<IBotStateDatabase>(provider => provider.GetRequiredService<BotStateDatabase>());
        services.AddSingleton<BlockedChats>();
        services.AddSingleton<ChatMigrations>();
        services.AddSingleton<HandledUpdates>();
        return services;
    }
}
