using KforBot.Search.Embeddings;

namespace KforBot.Tests.Search;

/// <summary>
/// The real embedding model, loaded once for every test of the index: it is safe to run from several threads, and
/// loading it once per test would cost a second each.
/// </summary>
internal static class SharedModel
{
    public static IPassageEncoder Encoder { get; } = new ArcticEncoder();
}

/// <summary>The real model, counting the passages it is asked to embed, to show what the embedding cache saves.</summary>
internal sealed class CountingEncoder(IPassageEncoder model) : IPassageEncoder
{
    private int _passagesEmbedded;

    public int PassagesEmbedded => Volatile.Read(ref _passagesEmbedded);

    public string ModelId => model.ModelId;

    public int Dimensions => model.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        Interlocked.Add(ref _passagesEmbedded, passages.Count);
        return model.EncodePassages(passages, cancellationToken);
    }

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) => model.EncodeQuestion(question, cancellationToken);

    public float[][] EncodeQuestions(IReadOnlyList<string> questions, CancellationToken cancellationToken) => model.EncodeQuestions(questions, cancellationToken);

    public TokenVectors? EncodeQuestionTokens(string question, CancellationToken cancellationToken) => model.EncodeQuestionTokens(question, cancellationToken);

    public IReadOnlyList<TokenVectors>? EncodePassageTokens(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
        model.EncodePassageTokens(passages, cancellationToken);
}
