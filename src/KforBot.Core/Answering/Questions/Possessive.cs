namespace KforBot.Answering.Questions;

/// <summary>A word without a possessive's "'s" or "’s" ("KFOR's" is "KFOR"; "what's" is "what").</summary>
internal static class Possessive
{
    public static string Without(string word) =>
        word.EndsWith("'s", StringComparison.OrdinalIgnoreCase) || word.EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? word[..^2] : word;
}
