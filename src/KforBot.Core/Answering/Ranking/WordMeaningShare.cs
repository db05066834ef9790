using System.Numerics.Tensors;
using KforBot.Answering.Questions;
using KforBot.Search.Embeddings;

namespace KforBot.Answering.Ranking;

/// <summary>
/// How much of a question's meaning one of its words carries, by the model: one minus the cosine between the
/// question and the question without the word. A word no passage holds that carries almost none of it ("sorry",
/// "supposed", "once" in "sorry to bother, how many soldiers is the KSF supposed to have once it becomes an army?")
/// frames the question rather than naming its subject, like a word the articles use no more than general news does;
/// "weather" in "What's the weather in Pristina?" carries much of it and stays a gap. No list of words decides it.
/// </summary>
internal static class WordMeaningShare
{
    /// <summary>
    /// A message with more words that no passage holds is not a question about the articles with a few chatty words (a
    /// pasted story, another subject): its words are left as they are, and no more runs of the model are spent on it.
    /// </summary>
    private const int MaxWordsRead = 6;

    /// <param name="terms">The question's words, as <see cref="QuestionTerms.Of"/> read them against the articles.</param>
    /// <param name="question">The question, whose search text the words' offsets point into.</param>
    /// <param name="vector">The question's unit vector.</param>
    /// <param name="encoder">Encodes the question without each such word.</param>
    /// <param name="minimumShare">A word carrying less than this share frames the question; 0 leaves every word as it is.</param>
    /// <param name="cancellationToken">Cancels the encoding.</param>
    public static QuestionTerms Reframe(
        QuestionTerms terms, Question question, float[] vector, IPassageEncoder encoder, double minimumShare, CancellationToken cancellationToken)
    {
        if (minimumShare <= 0)
        {
            return terms;
        }

        // The question without each word no passage holds (and is not all of it), embedded in one run of the model.
        var candidates = Enumerable.Range(0, terms.Words.Count)
            .Where(i => terms.Words[i] is { Word.Kind: WordKind.Content, IsInCorpus: false })
            .Select(i => (Index: i, Without: Without(terms.Words[i].Word, question.SearchText)))
            .Where(c => c.Without.Length > 0)
            .ToList();
        if (candidates.Count is 0 or > MaxWordsRead)
        {
            return terms;
        }

        var vectors = encoder.EncodeQuestions([.. candidates.Select(c => c.Without)], cancellationToken);
        List<WordTerms>? reframed = null;
        for (var c = 0; c < candidates.Count; c++)
        {
            if (Share(vector, vectors[c]) < minimumShare)
            {
                reframed ??= [.. terms.Words];
                var word = reframed[candidates[c].Index];
                reframed[candidates[c].Index] = word with { Word = word.Word with { Kind = WordKind.Framing } };
            }
        }

        return reframed is null ? terms : terms with { Words = reframed };
    }

    /// <summary>The question's text without the word, spaces closed up; empty when the word was all of it.</summary>
    private static string Without(QuestionWord word, string text) =>
        string.Join(' ', (text[..word.Start] + " " + text[word.End..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>One minus the cosine between the question's vector and the vector of the question without a word.</summary>
    private static double Share(float[] question, float[] without) => 1 - TensorPrimitives.CosineSimilarity(question, without);
}
