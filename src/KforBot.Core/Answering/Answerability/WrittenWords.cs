using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// Whether a question's word stands in the articles as written, where the index's analysed terms (synonyms contracted,
/// stemmed) may miss it: in a candidate passage ("Free Europe" inside "Radio Free Europe") or in an article's title,
/// outlet or date ("2013"). The citations are analysed and folded once per index generation, not per question.
/// </summary>
internal sealed class WrittenWords
{
    private static readonly ConditionalWeakTable<IReadOnlyDictionary<string, IndexedArticle>, Citations> PerGeneration = new();

    private readonly Citations _citations;
    private readonly List<string> _candidates;

    private WrittenWords(Citations citations, List<string> candidates) => (_citations, _candidates) = (citations, candidates);

    public static WrittenWords In(IReadOnlyList<RankedPassage> candidates, IPassageIndexReader reader) =>
        new(PerGeneration.GetValue(reader.Articles, _ => Citations.Of(reader)), [.. candidates.Select(c => Fold(c.Passage.Text))]);

    /// <summary>Whether every index term of the word is in an article's title, outlet or date.</summary>
    public bool InCitations(WordTerms word) => word.Terms.All(_citations.Terms.Contains);

    /// <summary>
    /// Whether a candidate passage or a citation holds the word as written; a name of several words, when one of them
    /// holds each of its words ("General Kajari" in "Major General, Ferenc KAJÁRI").
    /// </summary>
    public bool Hold(WordTerms word)
    {
        var parts = (word.Word.Kind == WordKind.Name ? word.Word.Surface.Split([' ', ',', '-'], StringSplitOptions.RemoveEmptyEntries) : [word.Word.Surface])
            .Select(Fold).ToList();
        return _candidates.Concat(_citations.Folded).Any(text => parts.All(part => HoldsFolded(text, part)));
    }

    /// <summary>Whether the text holds the word as written (case and accents aside), as a whole word or figure.</summary>
    public static bool Holds(string text, string word) => HoldsFolded(Fold(text), Fold(word));

    private static bool HoldsFolded(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.Ordinal); at >= 0 && word.Length > 0; at = text.IndexOf(word, at + 1, StringComparison.Ordinal))
        {
            var end = at + word.Length;
            var alone = (at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end]));
            if (alone && !IsFigureJoint(text, at - 1) && !IsFigureJoint(text, end))
            {
                return true;
            }
        }

        return false;
    }

    // "100" is not written in "100,000": a comma or a point between digits joins one figure.
    private static bool IsFigureJoint(string text, int at) =>
        at > 0 && at < text.Length - 1 && text[at] is ',' or '.' && char.IsDigit(text[at - 1]) && char.IsDigit(text[at + 1]);

    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>A generation's citations: their index terms, and their text folded.</summary>
    private sealed record Citations(HashSet<string> Terms, List<string> Folded)
    {
        public static Citations Of(IPassageIndexReader reader)
        {
            var texts = reader.Articles.Values.Select(a => a.Context).ToList();
            return new Citations(
                reader.Analyze(string.Join('\n', texts)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal),
                [.. texts.Select(Fold)]);
        }
    }
}
