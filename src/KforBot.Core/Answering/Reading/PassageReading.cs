using System.Numerics.Tensors;
using KforBot.Answering.Questions;
using KforBot.Search.Embeddings;

namespace KforBot.Answering.Reading;

/// <summary>
/// How closely a passage's sentences hold the question's words, read piece by piece: each question word is matched
/// with the closest word piece of a sentence (in context, so "injured" finds "wounded" and "leads" finds "commander"
/// less well than "leader"). The sentence that holds the question best is the one an answer must come from.
/// </summary>
/// <param name="Sentence">The index of the best sentence among the passage's.</param>
/// <param name="SentenceText">Its text.</param>
/// <param name="SentenceAlignment">The weighted mean, over the question's words, of their closest match in that sentence (0..1).</param>
/// <param name="WeakestMatch">The lowest match in that sentence of any word of the subject that is not framing: the constraint it holds least.</param>
/// <param name="PassageAlignment">The weighted mean of each word's closest match anywhere in the passage.</param>
internal sealed record PassageReading(int Sentence, string SentenceText, double SentenceAlignment, double WeakestMatch, double PassageAlignment)
{
    public static PassageReading? Read(QuestionPieces question, IReadOnlyList<string> sentences, IReadOnlyList<TokenVectors> vectors, EvidenceNeeded? evidence)
    {
        var words = question.Words;
        if (words.Count == 0 || sentences.Count == 0)
        {
            return null;
        }

        var weights = words.Select(w => w.Word.Word.Kind == WordKind.Framing ? w.Word.Weight * 0.3 : w.Word.Weight).ToArray();
        var total = weights.Sum();
        var matches = new double[sentences.Count][];
        for (var s = 0; s < sentences.Count; s++)
        {
            matches[s] = words.Select(w => Match(question.Vectors, w, vectors[s])).ToArray();
        }

        // A question that needs a figure or a date is answered by a sentence that gives one, where the passage has it.
        var candidates = Enumerable.Range(0, sentences.Count).Where(s => evidence is null || evidence.IsGivenBy(sentences[s])).ToList();
        if (candidates.Count == 0)
        {
            candidates = [.. Enumerable.Range(0, sentences.Count)];
        }

        double Alignment(int s) => Enumerable.Range(0, words.Count).Sum(i => weights[i] * matches[s][i]) / total;
        var best = candidates.MaxBy(Alignment);
        var constraints = Enumerable.Range(0, words.Count).Where(i => words[i].Word.Word.Kind != WordKind.Framing).ToList();
        var weakest = constraints.Count == 0 ? matches[best].Min() : constraints.Min(i => matches[best][i]);
        var passage = Enumerable.Range(0, words.Count).Sum(i => weights[i] * Enumerable.Range(0, sentences.Count).Max(s => matches[s][i])) / total;
        return new PassageReading(best, sentences[best], Alignment(best), weakest, passage);
    }

    /// <summary>The mean, over the word's pieces, of each one's closest piece in the sentence.</summary>
    private static double Match(TokenVectors question, PiecedWord word, TokenVectors sentence)
    {
        if (sentence.Pieces.Count == 0)
        {
            return 0;
        }

        var sum = 0.0;
        foreach (var piece in word.Pieces)
        {
            var own = question.Vector(piece);
            var closest = float.MinValue;
            for (var j = 0; j < sentence.Pieces.Count; j++)
            {
                closest = Math.Max(closest, TensorPrimitives.Dot(own, sentence.Vector(j)));
            }

            sum += closest;
        }

        return sum / word.Pieces.Count;
    }
}
