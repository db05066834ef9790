using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace KforBot.Search.Embeddings;

/// <summary>
/// A byte per dimension copy of the passage vectors, for a first pass over all of them: a quarter of the memory to
/// read, which is what bounds a scan of hundreds of thousands of vectors. Each vector keeps its own scale (its largest
/// component maps to 127), so its closeness is approximated to about a hundredth; <see cref="PassageVectors"/>
/// scores the best of this pass again with the exact vectors.
/// </summary>
internal sealed class QuantizedVectors
{
    private const int Levels = 127;

    private readonly sbyte[] _codes;
    private readonly float[] _scales;
    private readonly int _dimensions;

    /// <summary>Room for <paramref name="count"/> vectors, filled by <see cref="Read"/> or <see cref="Of"/>.</summary>
    private QuantizedVectors(int count, int dimensions)
    {
        _codes = GC.AllocateUninitializedArray<sbyte>(count * dimensions);
        _scales = new float[count];
        _dimensions = dimensions;
    }

    /// <summary>
    /// The byte copy a build wrote (<see cref="VectorFileWriter"/>): every vector's codes, one after another, then
    /// every vector's scale. Reading it is a quarter of reading the float vectors to make it.
    /// </summary>
    public static QuantizedVectors Read(string path, int count, int dimensions)
    {
        var vectors = new QuantizedVectors(count, dimensions);
        using var file = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete);
        var length = RandomAccess.GetLength(file);
        if (length != FileLength(count, dimensions))
        {
            throw new InvalidDataException($"{path} holds {length} bytes, not the byte copy of {count} vectors of {dimensions} dimensions");
        }

        PositionedReads.ReadExactly(file, MemoryMarshal.AsBytes(vectors._codes.AsSpan()), 0);
        PositionedReads.ReadExactly(file, MemoryMarshal.AsBytes(vectors._scales.AsSpan()), vectors._codes.LongLength);
        return vectors;
    }

    private static long FileLength(int count, int dimensions) => (long)count * (dimensions + sizeof(float));

    /// <summary>The copy of vectors in memory, one after another (benchmarks and tests).</summary>
    public static QuantizedVectors Of(ReadOnlySpan<float> values, int dimensions)
    {
        var quantized = new QuantizedVectors(values.Length / dimensions, dimensions);
        for (var v = 0; v < quantized._scales.Length; v++)
        {
            quantized._scales[v] = Quantize(values.Slice(v * dimensions, dimensions), quantized._codes.AsSpan(v * dimensions, dimensions));
        }

        return quantized;
    }

    /// <summary>The query in the same form: its codes widened to 16 bits, ready to multiply, and its scale.</summary>
    public (short[] Codes, float Scale) Prepare(ReadOnlySpan<float> query)
    {
        var codes = new sbyte[query.Length];
        var scale = Quantize(query, codes);
        return (Array.ConvertAll(codes, c => (short)c), scale);
    }

    /// <summary>The approximate closeness of the query to vector <paramref name="ordinal"/>.</summary>
    public float Closeness(short[] queryCodes, float queryScale, int ordinal) =>
        Dot(queryCodes, _codes.AsSpan(ordinal * _dimensions, _dimensions)) * queryScale * _scales[ordinal];

    /// <summary>Codes from -127 to 127 such that value ≈ code × scale; returns the scale.</summary>
    public static float Quantize(ReadOnlySpan<float> values, Span<sbyte> codes)
    {
        var largest = 0f;
        foreach (var value in values)
        {
            largest = Math.Max(largest, Math.Abs(value));
        }

        if (largest == 0)
        {
            codes.Clear();
            return 0;
        }

        var toCode = Levels / largest;
        for (var i = 0; i < values.Length; i++)
        {
            codes[i] = (sbyte)Math.Round(values[i] * toCode);
        }

        return largest / Levels;
    }

    /// <summary>
    /// The integer dot product. Products of two codes (at most 127 × 127) fit in 16 bits; they are widened to 32 bits
    /// before they are added up.
    /// </summary>
    private static int Dot(short[] query, ReadOnlySpan<sbyte> codes)
    {
        var i = 0;
        var total = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            var sum = Vector256<int>.Zero;
            ref var code = ref MemoryMarshal.GetReference(codes);
            ref var wanted = ref MemoryMarshal.GetArrayDataReference(query);
            for (; i <= codes.Length - Vector256<sbyte>.Count; i += Vector256<sbyte>.Count)
            {
                var (low, high) = Vector256.Widen(Vector256.LoadUnsafe(ref Unsafe.Add(ref code, i)));
                var lowProducts = low * Vector256.LoadUnsafe(ref Unsafe.Add(ref wanted, i));
                var highProducts = high * Vector256.LoadUnsafe(ref Unsafe.Add(ref wanted, i + Vector256<short>.Count));
                var (a, b) = Vector256.Widen(lowProducts);
                var (c, d) = Vector256.Widen(highProducts);
                sum += (a + b) + (c + d);
            }

            total = Vector256.Sum(sum);
        }

        for (; i < codes.Length; i++)
        {
            total += codes[i] * query[i];
        }

        return total;
    }
}
