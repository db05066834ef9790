using KforBot.Conversation.FollowUp;
using KforBot.Conversation.Operators;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace KforBot.Conversation;

/// <summary>Registers the conversation every channel holds.</summary>
internal static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// Adds asking (answer, record in the interaction log when it is registered, feedback, more sources, notify-me,
    /// forget) and the operators' desk (the index made current, live reindex, figures; a host's stop waits for a reindex
    /// under way to say how it ended), with the follow-up of refusals that a reindex starts. Needs the answering
    /// pipeline and, for recording, the interaction log.
    /// </summary>
    public static IServiceCollection AddConversation(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<QuestionDesk>();
        services.TryAddSingleton<SourceNotifications>();
        services.TryAddSingleton<OperatorDesk>();
        services.AddHostedService<ReindexStopWait>();
        return services;
    }

    /// <summary>
    /// Adds the conversation room (<see cref="RequestDesk"/>) for a channel many people write to, with its limits
    /// (<see cref="ConversationOptions"/>): the per-user question limit, the answers kept for "More sources" (needs
    /// the state file), the operators' gate (section <c>Operators</c>) and the follow-up of refusals. Both sections are
    /// validated at start-up.
    /// </summary>
    public static IServiceCollection AddConversationRoom(this IServiceCollection services)
    {
        services.AddRefusalFollowUp();
        services.AddOptions<OperatorOptions>().BindConfiguration(OperatorOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ConversationOptions>().BindConfiguration(ConversationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(provider => new QuestionRateLimiter(
            provider.GetRequiredService<IOptions<ConversationOptions>>().Value.QuestionsPerUserPerMinute, provider.GetRequiredService<TimeProvider>()));
        services.AddSingleton<AnswerArchive>();
        services.AddSingleton<OperatorGate>();
        services.AddSingleton<RequestDesk>();
        return services;
    }

    /// <summary>
    /// Adds the watch that notices a new index generation however it was published, re-checks refusals and sends the
    /// "notify me" answers through the channels' <see cref="IAnswerDelivery"/>.
    /// </summary>
    public static IServiceCollection AddRefusalFollowUp(this IServiceCollection services)
    {
        services.AddConversation();
        services.AddHostedService<ReindexWatch>();
        return services;
    }
}
