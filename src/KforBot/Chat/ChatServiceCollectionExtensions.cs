using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Chat;

/// <summary>Registers the interactive console chat.</summary>
internal static class ChatServiceCollectionExtensions
{
    /// <summary>Adds the console chat as a hosted service reading <paramref name="streams"/>.</summary>
    public static IServiceCollection AddConsoleChat(this IServiceCollection services, ConsoleStreams streams)
    {
        services.AddSingleton(streams);
        services.AddHostedService<ConsoleChatService>();
        return services;
    }
}
