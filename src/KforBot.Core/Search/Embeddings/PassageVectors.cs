using System.Numerics;
using System.Runtime.InteropServices;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Every passage's unit vector, in passage order. A search reads all of them: first their byte-per-dimension copy
/// (<see cref="QuantizedVectors"/>, a quarter of the memory to read), then scores the best of that pass exactly, with
/// SIMD dot products of the float vectors. No approximate index is needed at a few hundred thousand passages.
/// </summary>
internal sealed class PassageVectors
{
    public const string FileName = "vectors.f32";

    /// <summary>
    /// How many of the first pass's best are scored exactly, beyond those asked for: enough that a passage whose
    /// approximate closeness is a little low still reaches the exact scoring.
    /// </summary>
    private const int ExtraCandidates = 64;

    private readonly float[] _values;
    private readonly QuantizedVectors _quantized;

    private PassageVectors(float[] values, int dimensions)
    {
        _values = values;
        Dimensions = dimensions;
        _quantized = QuantizedVectors.Of(values, dimensions);
    }

    public int Dimensions { get; }

    public int Count => _values.Length / Dimensions;

    public static PassageVectors Load(string path, int dimensions, int expectedCount)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0);
        if (file.Length != (long)expectedCount * dimensions * sizeof(float))
        {
            throw new InvalidDataException($"{path} holds {file.Length} bytes, not {expectedCount} vectors of {dimensions} dimensions");
        }

        // Read straight into the array searched: reading the file's bytes first and copying them held two copies at
        // once, 1.6 GB for the 527,000 passages of 100,000 news stories (scale benchmark).
        var values = GC.AllocateUninitializedArray<float>(expectedCount * dimensions);
        file.ReadExactly(MemoryMarshal.AsBytes(values.AsSpan()));
        return new PassageVectors(values, dimensions);
    }

    /// <summary>Vectors already in memory, one after another (benchmarks and tests).</summary>
    public static PassageVectors Of(float[] values, int dimensions) =>
        values.Length % dimensions == 0 ? new PassageVectors(values, dimensions) : throw new ArgumentException($"{values.Length} values are not whole vectors of {dimensions}.", nameof(values));

    public ReadOnlySpan<float> this[int ordinal] => _values.AsSpan(ordinal * Dimensions, Dimensions);

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
        var candidates = Math.Min(Count, (top * 2) + ExtraCandidates);
        var parts = Math.Clamp(Count / VectorsPerThread, 1, threads > 0 ? threads : Environment.ProcessorCount);
        IEnumerable<int> shortlist;
        if (parts == 1)
        {
            shortlist = Scan(codes, scale, 0, Count, candidates);
        }
        else
        {
            var size = (Count + parts - 1) / parts;
            var found = new List<int>[parts];
            Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
                found[part] = Scan(codes, scale, part * size, Math.Min(Count, (part + 1) * size), candidates));
            shortlist = found.SelectMany(ordinals => ordinals);
        }

        return shortlist.Select(ordinal => new PassageHit(ordinal, Dot(query, this[ordinal])))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Ordinal).Take(top).ToList();
    }

    /// <summary>Every passage scored exactly, on one thread: what <see cref="Nearest"/> must find (tests and benchmarks).</summary>
    public List<PassageHit> NearestExactly(float[] query, int top)
    {
        var best = new PriorityQueue<int, float>(top + 1);
        for (var ordinal = 0; ordinal < Count; ordinal++)
        {
            var score = Dot(query, this[ordinal]);
            if (best.Count < top)
            {
                best.Enqueue(ordinal, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(ordinal, score);
            }
        }

        return best.UnorderedItems.Select(item => new PassageHit(item.Element, item.Priority))
            .OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Ordinal).ToList();
    }

    /// <summary>The ordinals of the <paramref name="top"/> vectors closest by the first, approximate pass.</summary>
    private List<int> Scan(short[] codes, float scale, int from, int to, int top)
    {
        var best = new PriorityQueue<int, float>(top + 1);
        for (var ordinal = from; ordinal < to; ordinal++)
        {
            var score = _quantized.Closeness(codes, scale, ordinal);
            if (best.Count < top)
            {
                best.Enqueue(ordinal, score);
            }
            else if (best.TryPeek(out _, out var lowest) && score > lowest)
            {
                best.EnqueueDequeue(ordinal, score);
            }
        }

        return best.UnorderedItems.Select(item => item.Element).ToList();
    }

    /// <summary>The cosine of two unit vectors.</summary>
    public static float Dot(ReadOnlySpan<float> a, ReadOnlySpan<float> b)
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
