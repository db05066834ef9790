namespace KforBot.Log;

/// <summary>What the bot says to <c>/privacy</c>: what it stores, for how long, and who sees it.</summary>
internal static class PrivacyNotice
{
    /// <summary>The notice; {0} is <c>Log:RetentionDays</c>.</summary>
    public const string Template = """
        What I keep when you ask me something:
        • your question, my answer (or why I could not answer), which passages I quoted, and when;
        • your 👍 or 👎, if you press one;
        • a code made from your Telegram user id that cannot be turned back into it, so I can find your questions for /forget;
        • if you press "Notify me", the chat to send the answer to, until it is sent.
        I do not keep your name, your username or your other messages.

        How long: {0} days, then it is deleted automatically.

        Who sees it: the people who run this bot and its moderators, to improve the answers and to add articles that are missing. It is not shared with anyone else.

        Send /forget to delete everything I keep about you now.
        """;

    public static string Text(LogOptions options) =>
        string.Format(System.Globalization.CultureInfo.InvariantCulture, Template, options.RetentionDays);
}
