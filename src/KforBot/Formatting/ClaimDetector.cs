namespace KforBot.Formatting;

/// <summary>
/// Tells a pasted or forwarded claim ("KFOR is leaving Kosovo.", "I read that the US is pulling out, true?") from a
/// question, so the answer can say "Here is what my sources say about this:" rather than pretend it was asked. The
/// same on every channel.
/// </summary>
internal static class ClaimDetector
{
    public const string AnswerLead = "Here is what my sources say:";

    public const string ClaimLead = "Here is what my sources say about this:";

    private static readonly HashSet<string> QuestionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "who", "whom", "whose", "what", "which", "when", "where", "why", "how", "is", "are", "was", "were", "do", "does",
        "did", "can", "could", "will", "would", "should", "has", "have", "had", "tell", "list", "show", "explain", "describe",
    };

    /// <summary>The question a claim is pasted with to ask whether it holds.</summary>
    private static readonly string[] CheckingTails = ["is that true?", "is this true?", "is it true?", "true or false?", "true?", "right?", "really?", "correct?"];

    /// <summary>A forwarded message is always a claim; other text is one when it reads as a statement of several words, asked about only as "…, true?".</summary>
    public static bool IsClaim(string text, bool isForwarded)
    {
        if (isForwarded)
        {
            return true;
        }

        var trimmed = text.Trim();
        if (trimmed.Contains('?', StringComparison.Ordinal))
        {
            var tail = CheckingTails.FirstOrDefault(t => trimmed.EndsWith(t, StringComparison.OrdinalIgnoreCase));
            if (tail is null)
            {
                return false;
            }

            trimmed = trimmed[..^tail.Length].TrimEnd(' ', ',', '-', '—', '–');
            if (trimmed.Contains('?', StringComparison.Ordinal))
            {
                return false;
            }
        }

        var words = trimmed.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return words.Length >= 6 && !QuestionWords.Contains(words[0].Trim(',', ':', '"', '“'));
    }

    /// <summary>The answer lead for <paramref name="text"/>: <see cref="ClaimLead"/> for a claim, otherwise <see cref="AnswerLead"/>.</summary>
    public static string LeadFor(string text, bool isForwarded) => IsClaim(text, isForwarded) ? ClaimLead : AnswerLead;
}
