using System.Runtime.InteropServices;

namespace KforBot.Search.Embeddings;

/// <summary>
/// Writes a generation's vector files as a build goes: the float vectors (<see cref="PassageVectors.FileName"/>) and
/// their byte copy (<see cref="PassageVectors.ByteCopyFileName"/>: codes as they come, the scales at the end), so a
/// bot starting on the generation reads the byte copy instead of computing it from every float vector.
/// </summary>
internal sealed class VectorFileWriter : IDisposable
{
    private readonly Stream _floats;
    private readonly Stream _codes;
    private readonly List<float> _scales = [];
    private sbyte[] _buffer = [];

    private VectorFileWriter(Stream floats, Stream codes) => (_floats, _codes) = (floats, codes);

    /// <summary>Creates both files in <paramref name="folder"/>; neither may exist.</summary>
    public static VectorFileWriter Create(string folder)
    {
        var floats = new FileStream(Path.Combine(folder, PassageVectors.FileName), FileMode.CreateNew, FileAccess.Write);
        try
        {
            return new VectorFileWriter(floats, new FileStream(Path.Combine(folder, PassageVectors.ByteCopyFileName), FileMode.CreateNew, FileAccess.Write));
        }
        catch
        {
            floats.Dispose();
            throw;
        }
    }

    public void Append(ReadOnlySpan<float> vector)
    {
        _floats.Write(MemoryMarshal.AsBytes(vector));
        if (_buffer.Length != vector.Length)
        {
            _buffer = new sbyte[vector.Length];
        }

        _scales.Add(QuantizedVectors.Quantize(vector, _buffer));
        _codes.Write(MemoryMarshal.AsBytes(_buffer.AsSpan()));
    }

    /// <summary>Writes the scales after the codes; the files are complete once this returns.</summary>
    public void Complete()
    {
        _codes.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(_scales)));
        _codes.Flush();
        _floats.Flush();
    }

    public void Dispose()
    {
        _floats.Dispose();
        _codes.Dispose();
    }
}
