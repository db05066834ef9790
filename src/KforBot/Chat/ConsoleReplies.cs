using System.Globalization;
using KforBot.Answering.Questions;

namespace KforBot.Chat;

/// <summary>The console chat's own short replies: to commands it does not have, to a thank-you, to a line it shortened.</summary>
internal static class ConsoleReplies
{
    public const string Commands = "Type a question, /sources for my articles, /privacy for what I keep, /help for help, or /quit to leave.";

    public const string ThankYou = "You're welcome! " + Commands;

    /// <summary>Words a thank-you is made of ("thanks!!", "thank you so much"); at least one must be a thanks.</summary>
    private static readonly HashSet<string> ThankYouWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "thanks", "thank", "thx", "ty", "cheers", "you", "so", "very", "much", "a", "lot", "many", "again", "bot",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.OrdinalIgnoreCase) { "thanks", "thank", "thx", "ty", "cheers" };

    public static string UnknownCommand(string command) => $"Unknown command “{command}”, try /help.";

    public static string Shortened(int length) => string.Format(
        CultureInfo.InvariantCulture,
        "Your message was {0:N0} characters long, more than I read at once: I read only its first {1:N0} characters. Please ask more briefly.",
        length,
        QuestionReader.MaxQuestionLength);

    public static bool IsThankYou(string line)
    {
        var words = line.Split([' ', '\t', '!', '.', ',', '?', ':', ')', '(', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(ThankYouWords.Contains) && words.Any(Thanks.Contains);
    }
}
