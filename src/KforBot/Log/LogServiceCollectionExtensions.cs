using KforBot.Log.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KforBot.Log;

/// <summary>Registers the interaction log.</summary>
public static class LogServiceCollectionExtensions
{
    /// <summary>
    /// Adds the interaction log for channels to record into: the background writer (a hosted service that flushes
    /// everything at shutdown), daily retention, the re-check of refusals, and the log file's readers. Settings come
    /// from the section <c>Log</c> and are validated at start-up.
    /// </summary>
    public static IServiceCollection AddInteractionLog(this IServiceCollection services)
    {
        services.AddInteractionLogFile();
        services.AddSingleton<UserIdKey>();
        services.AddSingleton<UserPseudonyms>();
        services.AddSingleton<LoggedIds>();
        services.AddSingleton<LogQueue>();
        services.AddSingleton<IInteractionLog, InteractionLog>();
        services.AddSingleton<RefusalRecheck>();
        services.AddHostedService<InteractionLogWriter>();
        services.AddHostedService<LogRetentionService>();
        return services;
    }

    /// <summary>
    /// Adds only what reads and maintains the log file (listings, gaps, purge), for the <c>logs</c> commands:
    /// no writer, no schedule. Settings come from the section <c>Log</c> and are validated at start-up.
    /// </summary>
    public static IServiceCollection AddInteractionLogFile(this IServiceCollection services)
    {
        services.AddOptions<LogOptions>().BindConfiguration(LogOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<LogDatabase>();
        services.TryAddSingleton<IInteractionStore, SqliteInteractionStore>();
        services.TryAddSingleton<InteractionQueries>();
        services.TryAddSingleton<InteractionReviews>();
        services.TryAddSingleton<LogRetention>();
        services.TryAddSingleton<CorpusGaps>();
        return services;
    }
}
