using KforBot.Log;
using KforBot.State;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace KforBot.Telegram.Receiving;

/// <summary>Follows the bot's own membership: blocked by a user or removed from a group, it stops writing there; added back, it may write again.</summary>
internal sealed class MembershipTracker(BlockedChats blockedChats, LoggedIds ids, ILogger<MembershipTracker> logger)
{
    public async Task TrackAsync(ChatMemberUpdated change, CancellationToken cancellationToken)
    {
        var status = change.NewChatMember?.Status;
        if (status is ChatMemberStatus.Kicked or ChatMemberStatus.Left)
        {
            Diagnostics.ChatBlocked(logger, ids.Of(LogChannel.Telegram, change.Chat.Id), change.Chat.IsPrivate() ? "the user blocked the bot" : "the bot was removed from the group");
            await blockedChats.BlockAsync(change.Chat.Id, status.ToString()!, cancellationToken).ConfigureAwait(false);
        }
        else if (status is ChatMemberStatus.Member or ChatMemberStatus.Administrator or ChatMemberStatus.Creator)
        {
            await blockedChats.UnblockAsync(change.Chat.Id, cancellationToken).ConfigureAwait(false);
        }
    }
}
