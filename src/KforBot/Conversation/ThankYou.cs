namespace KforBot.Conversation;

/// <summary>Tells a thank-you ("thanks!!", "thank you so much") from other greetings, on every channel.</summary>
internal static class ThankYou
{
    /// <summary>Words a thank-you is made of; at least one must be a thanks.</summary>
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "thanks", "thank", "thx", "ty", "cheers", "you", "so", "very", "much", "a", "lot", "many", "again", "bot",
    };

    private static readonly HashSet<string> Thanks = new(StringComparer.OrdinalIgnoreCase) { "thanks", "thank", "thx", "ty", "cheers" };

    public static bool Is(string line)
    {
        var words = line.Split([' ', '\t', '!', '.', ',', '?', ':', ')', '(', '-'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 0 && words.All(Words.Contains) && words.Any(Thanks.Contains);
    }
}
