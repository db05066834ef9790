using KforBot.Search.Embeddings;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Synthetic vectors for passages: a deterministic unit vector drawn from a hash of the text, so a corpus of
/// hundreds of thousands of passages gets "a vector for every passage" in seconds rather than the hours the model
/// would need on 2 cores. Questions still go through <paramref name="questions"/> (the real model), so an answer is
/// timed end to end with the real question embedding; the model's cost per passage is measured on its own.
/// </summary>
internal sealed class SyntheticPassageEncoder(IPassageEncoder questions) : IPassageEncoder
{
    /// <summary>Another model id than the real one: these vectors never mix with the model's in an embedding cache.</summary>
    public string ModelId => "synthetic-unit-vectors/questions:" + questions.ModelId;

    public int Dimensions => questions.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
        passages.Select(text => UnitVector(text, Dimensions)).ToArray();

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) =>
        questions.EncodeQuestion(question, cancellationToken);

    public TokenVectors? EncodeQuestionTokens(string question, CancellationToken cancellationToken) =>
        questions.EncodeQuestionTokens(question, cancellationToken);

    public float[][] EncodeQuestions(IReadOnlyList<string> texts, CancellationToken cancellationToken) =>
        questions.EncodeQuestions(texts, cancellationToken);

    /// <summary>The sentences of the best candidates are read by the real model at question time, as the bot does.</summary>
    public IReadOnlyList<TokenVectors>? EncodePassageTokens(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
        questions.EncodePassageTokens(passages, cancellationToken);

    /// <summary>FNV-1a of the text seeds SplitMix64; its numbers, centred and scaled to length 1.</summary>
    public static float[] UnitVector(string text, int dimensions)
    {
        var state = 14695981039346656037UL;
        foreach (var c in text)
        {
            state = (state ^ c) * 1099511628211UL;
        }

        var vector = new float[dimensions];
        var squares = 0.0;
        for (var i = 0; i < dimensions; i++)
        {
            state += 0x9E3779B97F4A7C15UL;
            var z = state;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            vector[i] = (float)((z >> 11) * (1.0 / (1UL << 53)) - 0.5);
            squares += vector[i] * vector[i];
        }

        var scale = (float)(1 / Math.Sqrt(squares));
        for (var i = 0; i < dimensions; i++)
        {
            vector[i] *= scale;
        }

        return vector;
    }
}
