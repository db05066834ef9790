namespace KforBot.Telegram;

/// <summary>How the bot receives updates from Telegram.</summary>
public enum TelegramMode
{
    /// <summary>The bot asks for updates with long polling (getUpdates). Needs no public address.</summary>
    Polling,

    /// <summary>Telegram posts updates to <see cref="TelegramOptions.WebhookUrl"/>; the bot listens on <see cref="TelegramOptions.ListenUrl"/>.</summary>
    Webhook,
}
