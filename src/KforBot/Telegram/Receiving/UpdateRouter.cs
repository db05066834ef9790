using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Receiving;

/// <summary>Where an update goes: messages, button presses and membership changes each to their responder; edited messages are ignored.</summary>
internal sealed class UpdateRouter(
    MessageResponder messages,
    CallbackResponder callbacks,
    MembershipTracker membership,
    ILogger<UpdateRouter> logger)
{
    public Task RouteAsync(Update update, CancellationToken cancellationToken)
    {
        if (update.Message is { } message)
        {
            return messages.RespondAsync(message, cancellationToken);
        }

        if (update.CallbackQuery is { } query)
        {
            return callbacks.RespondAsync(query, cancellationToken);
        }

        if (update.MyChatMember is { } change)
        {
            return membership.TrackAsync(change, cancellationToken);
        }

        Diagnostics.UpdateIgnored(logger, update.Id, update.EditedMessage is not null ? "an edited message" : "a kind the bot does not handle");
        return Task.CompletedTask;
    }
}
