namespace KforBot.Search.Analysis;

/// <summary>A word of a text: where it stands in the original, and its folded form (lowercase, no diacritics).</summary>
/// <param name="Start">Index of the first UTF-16 code unit in the original text.</param>
/// <param name="Length">Length in UTF-16 code units in the original text.</param>
/// <param name="Folded">Lowercased, without diacritics: what the index's tokenizer sees.</param>
/// <param name="Term">The English stem of <paramref name="Folded"/>, as the index stores it.</param>
/// <param name="Shape">How the word was written (capitalised, all capitals, digits).</param>
public readonly record struct Token(int Start, int Length, string Folded, string Term, TokenShape Shape);

/// <summary>How a word was written; capitals hint at a name or an acronym.</summary>
public enum TokenShape
{
    Lowercase,
    Capitalized,
    AllCapitals,
    Digits,
}
