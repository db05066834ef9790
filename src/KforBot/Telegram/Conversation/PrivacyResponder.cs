using System.Globalization;
using KforBot.Log;
using KforBot.Telegram.Formatting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace KforBot.Telegram.Conversation;

/// <summary>
/// Users' control over what the interaction log keeps: <c>/privacy</c> says what is stored, for how long and who sees
/// it; <c>/forget</c> deletes every entry of the user who sends it and says how many.
/// </summary>
internal sealed class PrivacyResponder(IInteractionLog interactions, IOptions<LogOptions> logOptions, ILogger<PrivacyResponder> logger)
{
    /// <summary>The reply to /privacy, as Telegram HTML.</summary>
    public string Privacy() => TelegramHtml.Escape(PrivacyNotice.Text(logOptions.Value));

    /// <summary>Deletes the sender's entries; returns the reply, as Telegram HTML.</summary>
    public async Task<string> ForgetAsync(Message message, CancellationToken cancellationToken)
    {
        var userId = (message.From?.Id ?? message.Chat.Id).ToString(CultureInfo.InvariantCulture);
        try
        {
            var count = await interactions.ForgetAsync(LogChannel.Telegram, userId, cancellationToken).ConfigureAwait(false);
            Log.Forgotten(logger, count);
            return TelegramHtml.Escape(BotReplies.Forgotten(count));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Log.ForgetFailed(logger, e.Message);
            return TelegramHtml.Escape(BotReplies.ForgetUnavailable);
        }
    }
}
