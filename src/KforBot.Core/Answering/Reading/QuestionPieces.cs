using System.Globalization;
using System.Text;
using KforBot.Answering.Ranking;
using KforBot.Search.Embeddings;

namespace KforBot.Answering.Reading;

/// <summary>
/// The question's subject words, each with the word pieces the model gave it (by position in the question's pieces)
/// and its weight: how rare its terms are in the passages, a framing word weighing less.
/// </summary>
internal sealed record QuestionPieces(TokenVectors Vectors, IReadOnlyList<PiecedWord> Words)
{
    public static QuestionPieces Of(QuestionTerms terms, TokenVectors vectors)
    {
        var folded = vectors.Pieces.Select(Fold).ToList();
        var words = new List<PiecedWord>();
        var cursor = 0;
        foreach (var word in terms.Words.OrderBy(w => w.Word.Start))
        {
            var wanted = Fold(word.Word.Surface);
            if (wanted.Length == 0)
            {
                continue;
            }

            // The word's pieces are the next run whose letters and digits spell it; pieces of punctuation spell nothing.
            for (var start = cursor; start < folded.Count; start++)
            {
                if (folded[start].Length == 0 || !wanted.StartsWith(folded[start], StringComparison.Ordinal))
                {
                    continue;
                }

                var spelt = new StringBuilder();
                var pieces = new List<int>();
                for (var i = start; i < folded.Count && spelt.Length < wanted.Length; i++)
                {
                    spelt.Append(folded[i]);
                    if (folded[i].Length > 0)
                    {
                        pieces.Add(i);
                    }
                }

                if (spelt.ToString() == wanted)
                {
                    words.Add(new PiecedWord(word, pieces));
                    cursor = pieces[^1] + 1;
                    break;
                }
            }
        }

        return new QuestionPieces(vectors, words);
    }

    /// <summary>Lower case letters and digits only, accents taken off, as the uncased tokenizer reads them.</summary>
    internal static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Replace("##", string.Empty, StringComparison.Ordinal).Normalize(NormalizationForm.FormD))
        {
            if (char.IsLetterOrDigit(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }
}

/// <summary>A subject word of the question and the indexes of its word pieces.</summary>
internal sealed record PiecedWord(WordTerms Word, IReadOnlyList<int> Pieces);
