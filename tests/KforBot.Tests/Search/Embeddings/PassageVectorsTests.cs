using System.Runtime.InteropServices;
using KforBot.Search.Embeddings;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search.Embeddings;

public sealed class PassageVectorsTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_VectorFile_GivesEachPassageItsVector()
    {
        var path = WriteVectors([1, 0, 0, 0], [0, 0.6f, 0.8f, 0]);

        var vectors = PassageVectors.Load(path, dimensions: 4, expectedCount: 2);

        Assert.Equal(2, vectors.Count);
        Assert.Equal([0, 0.6f, 0.8f, 0], vectors[1].ToArray());
        Assert.Equal([1, 0], vectors.Nearest([0, 0.6f, 0.8f, 0], top: 2).Select(hit => hit.Ordinal));
    }

    [Fact]
    public void Load_FileOfAnotherSize_IsRejectedWithBothCounts()
    {
        var path = WriteVectors([1, 0, 0, 0]);

        var error = Assert.Throws<InvalidDataException>(() => PassageVectors.Load(path, dimensions: 4, expectedCount: 2));

        Assert.Contains("holds 16 bytes, not 2 vectors of 4 dimensions", error.Message, StringComparison.Ordinal);
    }

    private string WriteVectors(params float[][] vectors)
    {
        var path = _folder.Combine(PassageVectors.FileName);
        File.WriteAllBytes(path, vectors.SelectMany(v => MemoryMarshal.AsBytes(v.AsSpan()).ToArray()).ToArray());
        return path;
    }
}
