namespace KforBot.Telegram.Conversation;

/// <summary>
/// Tells a pasted or forwarded claim ("KFOR is leaving Kosovo.") from a question, so the answer can say
/// "Here is what my sources say about this:" rather than pretend it was asked.
/// </summary>
internal static class ClaimDetector
{
    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "is", "are", "was", "were", "do", "does",
        "did", "can", "could", "will", "would", "should", "has", "have", "had", "tell", "list", "show", "explain", "describe",
    };

    /// <summary>A forwarded message is always a claim; other text is one when it asks nothing and reads as a statement of several words.</summary>
    public static bool IsClaim(string text, bool isForwarded)
    {
        if (isForwarded)
        {
            return true;
        }

        if (text.Contains('?', StringComparison.Ordinal))
        {
            return false;
        }

        var words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 6 && !QuestionWords.Contains(words[0].Trim(',', ':', '"', '“'));
    }
}
