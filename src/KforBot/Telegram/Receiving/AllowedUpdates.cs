namespace KforBot.Telegram.Receiving;

/// <summary>The update kinds the bot asks Telegram for: what it handles, nothing more (edited messages are not asked for).</summary>
internal static class AllowedUpdates
{
    public static IReadOnlyList<string> All { get; } = ["message", "callback_query", "my_chat_member"];
}
