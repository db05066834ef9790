namespace KforBot.Search.Embeddings;

/// <summary>
/// One text as the model read it: its word pieces (lower case, "##" marks a piece inside a word), a unit vector for
/// each piece in context (the model's <c>last_hidden_state</c>), and the pooled unit vector of the whole text.
/// [CLS] and [SEP] are not among the pieces.
/// </summary>
public sealed class TokenVectors(IReadOnlyList<string> pieces, float[] vectors, float[] pooled)
{
    public IReadOnlyList<string> Pieces { get; } = pieces;

    /// <summary>The text's vector for searching: the [CLS] state, normalised, as the model's card prescribes.</summary>
    public float[] Pooled { get; } = pooled;

    public int Dimensions => Pooled.Length;

    /// <summary>The unit vector of piece <paramref name="index"/>.</summary>
    public ReadOnlySpan<float> Vector(int index) => vectors.AsSpan(index * Dimensions, Dimensions);

    /// <summary>Bytes held, for the cache's budget.</summary>
    public long Size => (vectors.Length * sizeof(float)) + (Pieces.Sum(p => p.Length) * 2L) + (Pooled.Length * sizeof(float));
}
