using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Every passage's unit vector, in passage order. A search reads all of them: first their byte-per-dimension copy
/// (<see cref="QuantizedVectors"/>, a quarter of the memory to read), then scores the best of that pass exactly, with
/// SIMD dot products of the float vectors. No approximate index is needed at a few hundred thousand passages.
/// The float vectors of a generation stay in their file: a question reads the few hundred it scores exactly, so
/// only the byte copy takes memory of the process (the file's pages stay in the system's cache, which can let them go).
/// </summary>
internal sealed class PassageVectors : IDisposable
{
    public const string FileName = "vectors.f32";

    /// <summary>The byte-per-dimension copy of the same vectors (<see cref="QuantizedVectors"/>), written by the build.</summary>
    public const string ByteCopyFileName = "vectors.q8";

    /// <summary>
    /// How many of the first pass's best are scored exactly, beyond those asked for: enough that a passage whose
    /// approximate closeness is a little low still reaches the exact scoring.
    /// </summary>
    private const int ExtraCandidates = 64;

    private readonly float[]? _values;
    private readonly SafeFileHandle? _file;
    private readonly QuantizedVectors _quantized;

    private PassageVectors(float[]? values, SafeFileHandle? file, QuantizedVectors quantized, int count, int dimensions)
    {
        (_values, _file, _quantized) = (values, file, quantized);
        Count = count;
        Dimensions = dimensions;
    }

    public int Dimensions { get; }

    public int Count { get; }

    /// <summary>
    /// A generation's vectors: the byte copy the build wrote is read into memory; the float vector file stays open
    /// for exact scores.
    /// </summary>
    public static PassageVectors Load(string folder, int dimensions, int expectedCount)
    {
        var path = Path.Combine(folder, FileName);
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, FileOptions.RandomAccess);
        try
        {
            var length = RandomAccess.GetLength(file);
            if (length != (long)expectedCount * dimensions * sizeof(float))
            {
                throw new InvalidDataException($"{path} holds {length} bytes, not {expectedCount} vectors of {dimensions} dimensions");
            }

            var quantized = QuantizedVectors.Read(Path.Combine(folder, ByteCopyFileName), expectedCount, dimensions);
            return new PassageVectors(null, file, quantized, expectedCount, dimensions);
        }
        catch
        {
            file.Dispose();
            throw;
        }
    }

    /// <summary>Vectors already in memory, one after another (benchmarks and tests).</summary>
    public static PassageVectors Of(float[] values, int dimensions) =>
        values.Length % dimensions == 0
            ? new PassageVectors(values, null, QuantizedVectors.Of(values, dimensions), values.Length / dimensions, dimensions)
            : throw new ArgumentException($"{values.Length} values are not whole vectors of {dimensions}.", nameof(values));

    /// <summary>A copy of one passage's vector.</summary>
    public float[] Copy(int ordinal)
    {
        var vector = new float[Dimensions];
        Read(ordinal, vector);
        return vector;
    }

    /// <summary>The exact cosine between a question's unit vector and a passage's.</summary>
    public float Closeness(float[] query, int ordinal)
    {
        if (_values is not null)
        {
            return Dot(query, _values.AsSpan(ordinal * Dimensions, Dimensions));
        }

        var vector = ArrayPool<float>.Shared.Rent(Dimensions);
        try
        {
            Read(ordinal, vector);
            return Dot(query, vector.AsSpan(0, Dimensions));
        }
        finally
        {
            ArrayPool<float>.Shared.Return(vector);
        }
    }

    public void Dispose() => _file?.Dispose();

    private void Read(int ordinal, float[] into)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(ordinal);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(ordinal, Count);
        if (_values is not null)
        {
            _values.AsSpan(ordinal * Dimensions, Dimensions).CopyTo(into);
        }
        else
        {
            PositionedReads.ReadExactly(_file!, MemoryMarshal.AsBytes(into.AsSpan(0, Dimensions)), (long)ordinal * Dimensions * sizeof(float));
        }
    }

    /// <summary>Below this many vectors one thread scans them faster than several can be started.</summary>
    private const int VectorsPerThread = 50_000;

    /// <summary>The <paramref name="top"/> passages closest to <paramref name="query"/>, closest first, with their cosine.</summary>
    /// <param name="query">The question's unit vector.</param>
    /// <param name="top">How many passages to return.</param>
    /// <param name="threads">
    /// How many threads scan at most (default: one per core). A large index is scanned in parts side by side: the
    /// scan reads every vector, so it is bound by memory bandwidth and one core does not reach it.
    /// </param>
    public List<PassageHit> Nearest(float[] query, int top, int threads = 0)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions, the passages {Dimensions}.", nameof(query));
        }

        if (top <= 0)
        {
            return [];
        }

        var (codes, scale) = _quantized.Prepare(query);
        var approximate = new ApproximateScores(_quantized, codes, scale);
        var candidates = Math.Min(Count, (top * 2) + ExtraCandidates);
        var parts = Math.Clamp(Count / VectorsPerThread, 1, threads > 0 ? threads : Environment.ProcessorCount);
        IEnumerable<int> shortlist;
        if (parts == 1)
        {
            shortlist = Best(approximate, 0, Count, candidates).Select(hit => hit.Ordinal);
        }
        else
        {
            var size = (Count + parts - 1) / parts;
            var found = new List<PassageHit>[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
                found[part] = Best(approximate, part * size, Math.Min(Count, (part + 1) * size), candidates));
            shortlist = found.SelectMany(hits => hits).Select(hit => hit.Ordinal);
        }

        return Ordered(shortlist.Select(ordinal => new PassageHit(ordinal, Closeness(query, ordinal)))).Take(top).ToList();
    }

    /// <summary>Every passage scored exactly, on one thread: what <see cref="Nearest"/> must find (tests and benchmarks).</summary>
    public List<PassageHit> NearestExactly(float[] query, int top) =>
        Ordered(Best(new ExactScores(this, query), 0, Count, top)).ToList();

    /// <summary>Closest first; of two as close, the earlier passage.</summary>
    private static IEnumerable<PassageHit> Ordered(IEnumerable<PassageHit> hits) =>
        hits.OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Ordinal);

    /// <summary>The <paramref name="top"/> best scored of the passages from <paramref name="from"/> to <paramref name="to"/>, in no order.</summary>
    /// <remarks>Generic over a struct, so that the scan calls the scoring directly, without a delegate per passage.</remarks>
    private static List<PassageHit> Best<TScores>(TScores scores, int from, int to, int top)
        where TScores : struct, IScores
    {
        var best = new PriorityQueue<int, float>(top + 1);
        for (var ordinal = from; ordinal < to; ordinal++)
        {
            var score = scores.Of(ordinal);
            if (best.Count < top)
            {
                best.Enqueue(ordinal, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(ordinal, score);
            }
        }

        return best.UnorderedItems.Select(item => new PassageHit(item.Element, item.Priority)).ToList();
    }

    private interface IScores
    {
        float Of(int ordinal);
    }

    /// <summary>The first pass: closeness from the byte copy.</summary>
    private readonly struct ApproximateScores(QuantizedVectors quantized, short[] codes, float scale) : IScores
    {
        public float Of(int ordinal) => quantized.Closeness(codes, scale, ordinal);
    }

    /// <summary>Closeness from the float vectors.</summary>
    private readonly struct ExactScores(PassageVectors vectors, float[] query) : IScores
    {
        public float Of(int ordinal) => vectors.Closeness(query, ordinal);
    }

    /// <summary>The cosine of two unit vectors.</summary>
    private static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
    {
        var sum = Vector<float>.Zero;
        var i = 0;
        for (; i <= a.Length - Vector<float>.Count; i += Vector<float>.Count)
        {
            sum += new Vector<float>(a[i..]) * new Vector<float>(b[i..]);
        }

        var total = Vector.Sum(sum);
        for (; i < a.Length; i++)
        {
            total += a[i] * b[i];
        }

        return total;
    }
}
