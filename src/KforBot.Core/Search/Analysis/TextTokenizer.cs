using System.Globalization;
using System.Text;

namespace KforBot.Search.Analysis;

/// <summary>
/// Splits text into words the way the index's tokenizer does (SQLite FTS5 <c>unicode61 remove_diacritics 2</c>
/// followed by <c>porter</c>): letters and digits make words, everything else separates them, case and
/// diacritics are folded ("Çeku" is "ceku"), and each word carries its English stem.
/// </summary>
public static class TextTokenizer
{
    /// <summary>Words longer than this are cut, so a hostile 100 KB "word" costs nothing.</summary>
    internal const int MaxWordLength = 64;

    public static List<Token> Tokenize(string text, int maxTokens = int.MaxValue)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (tokens.Count < maxTokens && NextWord(text, ref i, out var start, out var length))
        {
            var token = MakeToken(text, start, length);
            if (token.Folded.Length > 0)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    /// <summary>Folds one word: lowercase, diacritics removed.</summary>
    public static string Fold(ReadOnlySpan<char> word)
    {
        if (System.Text.Ascii.IsValid(word))
        {
            return word.ToString().ToLowerInvariant();
        }

        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>Finds the next run of word characters at or after <paramref name="i"/>, and moves past it.</summary>
    internal static bool NextWord(string text, ref int i, out int start, out int length)
    {
        while (i < text.Length)
        {
            if (!IsWordCharacter(text, i, out var width))
            {
                i += width;
                continue;
            }

            start = i;
            while (i < text.Length && IsWordCharacter(text, i, out width))
            {
                i += width;
            }

            length = i - start;
            return true;
        }

        start = length = 0;
        return false;
    }

    private static Token MakeToken(string text, int start, int length)
    {
        var surface = text.AsSpan(start, Math.Min(length, MaxWordLength));
        var (folded, term) = WordForms.Of(surface);
        return new Token(start, length, folded, term, ShapeOf(surface));
    }

    private static TokenShape ShapeOf(ReadOnlySpan<char> word)
    {
        if (char.IsDigit(word[0]) || char.IsNumber(word[0]))
        {
            return TokenShape.Digits;
        }

        if (!char.IsUpper(word[0]))
        {
            return TokenShape.Lowercase;
        }

        var letters = 0;
        foreach (var c in word)
        {
            if (char.IsLower(c))
            {
                return TokenShape.Capitalized;
            }

            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters >= 2 ? TokenShape.AllCapitals : TokenShape.Capitalized;
    }

    private static bool IsWordCharacter(string text, int index, out int width)
    {
        var c = text[index];
        if (char.IsAscii(c))
        {
            width = 1;
            return char.IsAsciiLetterOrDigit(c);
        }

        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
        {
            width = 2;
            var category = CharUnicodeInfo.GetUnicodeCategory(text, index);
            return IsWordCategory(category);
        }

        width = 1;
        return IsWordCategory(CharUnicodeInfo.GetUnicodeCategory(text[index]));
    }

    private static bool IsWordCategory(UnicodeCategory category) => category switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
            or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
            or UnicodeCategory.PrivateUse
            or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark => true,
        _ => false,
    };
}
