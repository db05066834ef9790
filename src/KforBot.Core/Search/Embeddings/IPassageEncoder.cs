namespace KforBot.Search.Embeddings;

/// <summary>Turns text into unit vectors whose dot product measures closeness in meaning.</summary>
/// <remarks>Public, with <see cref="TokenVectors"/>, because <see cref="IndexFreshness"/>, which the operators' desk uses, takes it in its constructor.</remarks>
public interface IPassageEncoder
{
    /// <summary>Names the model and its version: vectors of different models are never mixed.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per passage, in order.</summary>
    float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken);

    /// <summary>The unit vector of a question, for searching passages.</summary>
    float[] EncodeQuestion(string question, CancellationToken cancellationToken);

    /// <summary>The unit vectors of several questions, as <see cref="EncodeQuestion"/> gives each; default one at a time.</summary>
    float[][] EncodeQuestions(IReadOnlyList<string> questions, CancellationToken cancellationToken) =>
        questions.Select(question => EncodeQuestion(question, cancellationToken)).ToArray();

    /// <summary>
    /// The question's pooled vector (as <see cref="EncodeQuestion"/>) and a vector for each of its word pieces, from
    /// one run of the model; null from an encoder that gives pooled vectors only.
    /// </summary>
    TokenVectors? EncodeQuestionTokens(string question, CancellationToken cancellationToken) => null;

    /// <summary>Each passage's word pieces with their vectors, in order; null from an encoder that gives pooled vectors only.</summary>
    IReadOnlyList<TokenVectors>? EncodePassageTokens(IReadOnlyList<string> passages, CancellationToken cancellationToken) => null;

    /// <summary>Starts loading the model in the background, so that start-up work and loading overlap. Default: nothing to load.</summary>
    void Preload()
    {
    }
}
