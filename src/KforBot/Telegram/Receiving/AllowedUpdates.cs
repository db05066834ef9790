using Telegram.Bot.Types.Enums;

namespace KforBot.Telegram.Receiving;

/// <summary>The update kinds the bot asks Telegram for: what it handles, nothing more (edited messages are not asked for).</summary>
internal static class AllowedUpdates
{
    public static IReadOnlyList<UpdateType> All { get; } = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];
}
