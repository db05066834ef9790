using System.Globalization;
using KforBot.Answering.Questions;
using KforBot.Conversation;

namespace KforBot.Chat;

/// <summary>The console chat's own short replies: its commands, to commands it does not have, to a thank-you, to a line it shortened.</summary>
internal static class ConsoleReplies
{
    public const string Commands =
        "Type a question, /more for further passages of the last answer, /good or /bad to say whether it helped, /sources for my articles, "
        + "/privacy for what I keep, /forget to delete your questions from my log, /reindex to rebuild the index from the corpus, /stats for the index and log figures, /help for help, or /quit to leave.";

    public const string ThankYou = Replies.YoureWelcome + " " + Commands;

    public const string WaitingForReindex = "Waiting for the reindex to finish before I leave (Ctrl+C stops it; the current index then stays in use).";

    public const string MoreHint = "(/more shows further passages.)";

    public const string NothingAskedYet = "Ask a question first: /more, /good and /bad refer to the last answer.";

    public static string UnknownCommand(string command) => $"Unknown command “{command}”, try /help.";

    public static string Shortened(int length) => string.Format(
        CultureInfo.InvariantCulture,
        "Your message was {0:N0} characters long, more than I read at once: I read only its first {1:N0} characters. Please ask more briefly.",
        length,
        QuestionReader.MaxQuestionLength);
}
