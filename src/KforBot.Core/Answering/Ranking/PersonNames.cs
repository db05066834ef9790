using System.Text.RegularExpressions;
using KforBot.Answering.Questions;

namespace KforBot.Answering.Ranking;

/// <summary>
/// Whether a passage names someone a "who" question does not: a name of two or more capitalised words inside a
/// sentence ("Major General Ozkan Ulutas", "Mark Rutte"), none of whose words the question holds. Read from the
/// writing alone, so it holds for any article.
/// </summary>
internal static partial class PersonNames
{
    /// <summary>For a "who" question with the boost on, its words (<see cref="WordsOf"/>) for the ranking; null otherwise.</summary>
    public static HashSet<string>? AskedBy(Question question, AnsweringOptions options) =>
        question.AsksForPerson && options.PersonBoost > 0 ? WordsOf(question) : null;

    /// <summary>The question's words, lower case and without possessives, that a name in a passage is compared with.</summary>
    public static HashSet<string> WordsOf(Question question) =>
        question.Words.SelectMany(w => w.Surface.Split(' ')).Select(w => Possessive.Without(w).ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <param name="text">The passage.</param>
    /// <param name="questionWords">The question's words, from <see cref="WordsOf"/>.</param>
    public static bool NameSomeoneElse(string text, IReadOnlySet<string> questionWords) =>
        Name().Matches(text).Any(m => m.Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(w => !questionWords.Contains(w.ToLowerInvariant())));

    // Inside a sentence: after a lower-case word, a figure or a comma, so that "The Pentagon" opening one is no name.
    [GeneratedRegex(@"(?<=[\p{Ll}\d,;:)]\s+)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{L}+)+")]
    private static partial Regex Name();
}
