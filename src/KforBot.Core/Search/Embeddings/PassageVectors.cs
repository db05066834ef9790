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

    public ReadOnlySpan<float> this[int ordinal] => _values.AsSpan(ordinal * Dimensions, Dimensions);

    /// <summary>The <paramref name="top"/> passages closest to <paramref name="query"/>, closest first, with their cosine.</summary>
    public List<PassageHit> Nearest(ReadOnlySpan<float> query, int top)
    {
        if (query.Length != Dimensions)
        {
            throw new ArgumentException($"The query has {query.Length} dimensions, the passages {Dimensions}.", nameof(query));
        }

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
