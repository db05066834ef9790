using System.Collections.Concurrent;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Support;

/// <summary>
/// The real embedding model, loaded once for the whole test run, remembering the vectors it computed: many test
/// classes build an index of the seed corpus of their own, and running the model on the same passages for each
/// would cost seconds apiece. The vectors are the model's own.
/// </summary>
internal sealed class SharedEncoder : IPassageEncoder
{
    private readonly ArcticEncoder _model = new();
    private readonly ConcurrentDictionary<string, float[]> _passages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, float[]> _questions = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenVectors> _questionTokens = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TokenVectors> _sentences = new(StringComparer.Ordinal);

    private SharedEncoder()
    {
    }

    public static SharedEncoder Instance { get; } = new();

    public string ModelId => _model.ModelId;

    public int Dimensions => _model.Dimensions;

    public float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var missing = passages.Where(p => !_passages.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = _model.EncodePassages(missing, cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                _passages[missing[i]] = vectors[i];
            }
        }

        return passages.Select(p => _passages[p]).ToArray();
    }

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) =>
        _questions.GetOrAdd(question, q => _model.EncodeQuestion(q, cancellationToken));

    public TokenVectors? EncodeQuestionTokens(string question, CancellationToken cancellationToken) =>
        _questionTokens.GetOrAdd(question, q => _model.EncodeQuestionTokens(q, cancellationToken));

    public IReadOnlyList<TokenVectors>? EncodePassageTokens(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var missing = passages.Where(p => !_sentences.ContainsKey(p)).Distinct(StringComparer.Ordinal).ToList();
        if (missing.Count > 0)
        {
            var vectors = _model.EncodePassageTokens(missing, cancellationToken);
            for (var i = 0; i < missing.Count; i++)
            {
                _sentences[missing[i]] = vectors[i];
            }
        }

        return passages.Select(p => _sentences[p]).ToArray();
    }
}

/// <summary>Registers the shared model ahead of <c>AddAnswering</c>, which then keeps it.</summary>
internal static class SharedEncoderRegistration
{
    public static IServiceCollection AddSharedEncoder(this IServiceCollection services) =>
        services.AddSingleton<IPassageEncoder>(SharedEncoder.Instance);
}
