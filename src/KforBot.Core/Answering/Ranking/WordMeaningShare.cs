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

        List<WordTerms>? reframed = null;
        for (var i = 0; i < terms.Words.Count; i++)
        {
            var word = terms.Words[i];
            if (word.Word.Kind != WordKind.Content || word.IsInCorpus || Of(word.Word, question.SearchText, vector, encoder, cancellationToken) >= minimumShare)
            {
                continue;
            }

            reframed ??= [.. terms.Words];
            reframed[i] = word with { Word = word.Word with { Kind = WordKind.Framing } };
        }

        return reframed is null ? terms : terms with { Words = reframed };
    }

    /// <summary>One minus the cosine between the question and the question without <paramref name="word"/>.</summary>
    public static double Of(QuestionWord word, string text, float[] vector, IPassageEncoder encoder, CancellationToken cancellationToken)
    {
        var without = string.Join(' ', (text[..word.Start] + " " + text[word.End..]).Split(' ', StringSplitOptions.RemoveEmptyEntries));
        if (without.Length == 0)
        {
            return 1;
        }

        var other = encoder.EncodeQuestion(without, cancellationToken);
        double dot = 0;
        for (var k = 0; k < other.Length; k++)
        {
            dot += other[k] * vector[k];
        }

        return 1 - dot;
    }
}
