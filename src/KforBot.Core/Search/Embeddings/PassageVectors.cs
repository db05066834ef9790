using System.Numerics;
using System.Runtime.InteropServices;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Every passage's unit vector, in passage order, searched exactly: a SIMD dot product with each. Exact search over
/// a few hundred thousand vectors takes tens of milliseconds, so no approximate index is needed at this size.
/// </summary>
internal sealed class PassageVectors
{
    public const string FileName = "vectors.f32";

    private readonly float[] _values;

    private PassageVectors(float[] values, int dimensions)
    {
        _values = values;
        Dimensions = dimensions;
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

        var parts = Math.Clamp(Count / VectorsPerThread, 1, threads > 0 ? threads : Environment.ProcessorCount);
        if (parts == 1 || top <= 0)
        {
            return Scan(query, 0, Count, top);
        }

        var size = (Count + parts - 1) / parts;
        var found = new List<PassageHit>[parts];
        Parallel.For(0, parts, new ParallelOptions { MaxDegreeOfParallelism = parts }, part =>
            found[part] = Scan(query, part * size, Math.Min(Count, (part + 1) * size), top));
        return found.SelectMany(hits => hits).OrderByDescending(hit => hit.Score).ThenBy(hit => hit.Ordinal).Take(top).ToList();
    }

    private List<PassageHit> Scan(float[] query, int from, int to, int top)
    {
        var best = new PriorityQueue<int, float>(top + 1);
        for (var ordinal = from; ordinal < to; ordinal++)
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

        var hits = new List<PassageHit>(best.Count);
        while (best.TryDequeue(out var ordinal, out var score))
        {
            hits.Add(new PassageHit(ordinal, score));
        }

        hits.Reverse();
        return hits;
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
