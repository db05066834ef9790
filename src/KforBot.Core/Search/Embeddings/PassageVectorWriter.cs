namespace KforBot.Search.Embeddings;

/// <summary>
/// Embeds passages in batches as a build reads them and appends their vectors to the build's vector files, taking
/// every vector it can from the cache: a reindex where no passage changed runs the model for none.
/// </summary>
internal sealed class PassageVectorWriter(IPassageEncoder encoder, EmbeddingCache cache, VectorFileWriter output) : IDisposable
{
    private const int BatchSize = 64;

    private readonly List<string> _pending = [];

    /// <summary>Passages whose vector the model computed (the rest came from the cache).</summary>
    public int Embedded { get; private set; }

    public int Written { get; private set; }

    public void Add(string text, CancellationToken cancellationToken)
    {
        _pending.Add(text);
        if (_pending.Count >= BatchSize)
        {
            Flush(cancellationToken);
        }
    }

    public void Flush(CancellationToken cancellationToken)
    {
        if (_pending.Count == 0)
        {
            return;
        }

        var vectors = cache.Find(_pending);
        var missing = Enumerable.Range(0, _pending.Count).Where(i => vectors[i] is null).ToList();
        if (missing.Count > 0)
        {
            var texts = missing.Select(i => _pending[i]).ToList();
            var computed = Encode(texts, cancellationToken);
            for (var j = 0; j < missing.Count; j++)
            {
                vectors[missing[j]] = computed[j];
            }

            cache.Add(texts, computed);
            Embedded += missing.Count;
        }

        foreach (var vector in vectors)
        {
            if (vector!.Length != encoder.Dimensions)
            {
                throw new InvalidDataException($"The model gave a vector of {vector.Length} dimensions, not {encoder.Dimensions}.");
            }

            output.Append(vector);
        }

        Written += _pending.Count;
        _pending.Clear();
    }

    private float[][] Encode(List<string> texts, CancellationToken cancellationToken)
    {
        try
        {
            return encoder.EncodePassages(texts, cancellationToken);
        }
        catch (Exception e) when (cancellationToken.IsCancellationRequested && e is not OperationCanceledException)
        {
            // ONNX Runtime ends a cancelled run with an error of its own ("terminate flag being set"), inside the
            // AggregateException of the parallel batches: it is the cancellation, not a failure of the model.
            throw new OperationCanceledException("The embedding was cancelled.", e, cancellationToken);
        }
    }

    /// <summary>Embeds what is left and completes the vector files.</summary>
    public void Complete(CancellationToken cancellationToken)
    {
        Flush(cancellationToken);
        output.Complete();
    }

    public void Dispose() => output.Dispose();
}
