using System.Text.RegularExpressions;

namespace KforBot.Corpus;

/// <summary>Splits a paragraph into sentences, without breaking after "U.S.", "Gen." or an initial.</summary>
internal static partial class SentenceSplitter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "maj", "capt", "sgt", "adm", "gov", "sen", "rep", "st",
        "jr", "sr", "no", "vol", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "approx", "est", "fig",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    };

    public static List<string> Split(string paragraph)
    {
        var sentences = new List<string>();
        var start = 0;
        foreach (Match boundary in Boundary().Matches(paragraph))
        {
            var end = boundary.Index + boundary.Length;
            if (IsAbbreviation(paragraph, boundary.Index))
            {
                continue;
            }

            AddTrimmed(sentences, paragraph[start..end]);
            start = end;
        }

        AddTrimmed(sentences, paragraph[start..]);
        return sentences;
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Length > 0)
        {
            sentences.Add(trimmed);
        }
    }

    /// <summary>True when the word ending at the full stop is an abbreviation or an initial.</summary>
    private static bool IsAbbreviation(string text, int stopIndex)
    {
        if (text[stopIndex] != '.')
        {
            return false;
        }

        var wordStart = stopIndex;
        while (wordStart > 0 && !char.IsWhiteSpace(text[wordStart - 1]) && text[wordStart - 1] is not ('(' or '"' or '“'))
        {
            wordStart--;
        }

        var word = text[wordStart..stopIndex];
        return word.Length == 1 && char.IsUpper(word[0])
            || word.Contains('.', StringComparison.Ordinal)
            || Abbreviations.Contains(word);
    }

    // A sentence ends at . ! ? (or …), possibly followed by closing quotes or brackets, then white space
    // and the start of the next sentence (a capital, a digit or an opening quote).
    [GeneratedRegex("""[.!?…]+["”’')\]]*(?=\s+["“‘(\[]?[\p{Lu}\d])""")]
    private static partial Regex Boundary();
}
