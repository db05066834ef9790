namespace KforBot.Search.Embeddings;

/// <summary>Turns text into unit vectors whose dot product measures closeness in meaning.</summary>
public interface IPassageEncoder
{
    /// <summary>Names the model and its version: vectors of different models are never mixed.</summary>
    string ModelId { get; }

    int Dimensions { get; }

    /// <summary>One unit vector per passage, in order.</summary>
    float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken);

    /// <summary>The unit vector of a question, for searching passages.</summary>
    float[] EncodeQuestion(string question, CancellationToken cancellationToken);

    /// <summary>Starts loading the model in the background, so that start-up work and loading overlap. Default: nothing to load.</summary>
    void Preload()
    {
    }
}
