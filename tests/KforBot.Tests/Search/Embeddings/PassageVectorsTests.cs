using KforBot.Search.Embeddings;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search.Embeddings;

public sealed class PassageVectorsTests : FolderTest
{
    [Fact]
    public void Load_VectorFile_GivesEachPassageItsVector()
    {
        var path = WriteVectors([1, 0, 0, 0], [0, 0.6f, 0.8f, 0]);

        using var vectors = PassageVectors.Load(path, dimensions: 4, expectedCount: 2);

        Assert.Equal(2, vectors.Count);
        Assert.Equal([0, 0.6f, 0.8f, 0], vectors.Copy(1));
        Assert.Equal([1, 0], vectors.Nearest([0, 0.6f, 0.8f, 0], top: 2).Select(hit => hit.Ordinal));
    }

    [Fact]
    public void Load_FileOfThousandsOfVectors_SearchesAsTheSameVectorsInMemory()
    {
        // More vectors than one read of the file takes, and a last read that is not full.
        const int Dimensions = 16;
        var random = new Random(11);
        var rows = Enumerable.Range(0, 5_000).Select(_ => Unit(random, Dimensions, around: null, spread: 1)).ToArray();
        var path = WriteVectors(rows);

        using var loaded = PassageVectors.Load(path, Dimensions, rows.Length);
        var inMemory = PassageVectors.Of(rows.SelectMany(r => r).ToArray(), Dimensions);
        var query = Unit(random, Dimensions, around: null, spread: 1);

        Assert.Equal(rows[4_999], loaded.Copy(4_999));
        Assert.Equal(inMemory.NearestExactly(query, 20), loaded.Nearest(query, 20));
        Assert.Equal(inMemory.Closeness(query, 4_097), loaded.Closeness(query, 4_097));
    }

    [Fact]
    public void Load_EmptyFile_HasNoVectorsAndFindsNothing()
    {
        var path = WriteVectors();

        using var vectors = PassageVectors.Load(path, dimensions: 4, expectedCount: 0);

        Assert.Equal(0, vectors.Count);
        Assert.Empty(vectors.Nearest([1, 0, 0, 0], top: 3));
    }

    [Fact]
    public void Load_FileOfAnotherSize_IsRejectedWithBothCounts()
    {
        var path = WriteVectors([1, 0, 0, 0]);

        var error = Assert.Throws<InvalidDataException>(() => PassageVectors.Load(path, dimensions: 4, expectedCount: 2));

        Assert.Contains("holds 16 bytes, not 2 vectors of 4 dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteCopyCutShort_IsRejectedNamingIt()
    {
        var path = WriteVectors([1, 0, 0, 0], [0, 1, 0, 0]);
        var byteCopy = Path.Combine(path, PassageVectors.ByteCopyFileName);
        File.WriteAllBytes(byteCopy, File.ReadAllBytes(byteCopy)[..^1]);

        var error = Assert.Throws<InvalidDataException>(() => PassageVectors.Load(path, dimensions: 4, expectedCount: 2));

        Assert.Contains($"{PassageVectors.ByteCopyFileName} holds 15 bytes, not the byte copy of 2 vectors of 4 dimensions", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ByteCopyWrittenByTheBuild_IsTheCopyMadeFromTheFloatVectors()
    {
        var random = new Random(7);
        var rows = Enumerable.Range(0, 300).Select(_ => Unit(random, 32, around: null, spread: 1)).ToArray();
        var path = WriteVectors(rows);

        var read = QuantizedVectors.Read(Path.Combine(path, PassageVectors.ByteCopyFileName), rows.Length, 32);
        var made = QuantizedVectors.Of(rows.SelectMany(r => r).ToArray(), 32);
        var (codes, scale) = made.Prepare(Unit(random, 32, around: null, spread: 1));

        Assert.All(Enumerable.Range(0, rows.Length), ordinal => Assert.Equal(made.Closeness(codes, scale, ordinal), read.Closeness(codes, scale, ordinal)));
    }

    [Fact]
    public void Nearest_LargeIndexScannedInParts_FindsWhatOneScanFinds()
    {
        const int Dimensions = 8;
        var random = new Random(3);
        var values = Enumerable.Range(0, 120_001 * Dimensions).Select(_ => (float)((random.NextDouble() * 2) - 1)).ToArray();
        var vectors = PassageVectors.Of(values, Dimensions);
        var query = Enumerable.Range(0, Dimensions).Select(_ => (float)random.NextDouble()).ToArray();

        var alone = vectors.Nearest(query, 50, threads: 1);
        var inParts = vectors.Nearest(query, 50, threads: 3);

        Assert.Equal(alone, inParts);
        Assert.Equal(vectors.NearestExactly(query, 50), alone);
    }

    [Fact]
    public void Nearest_FirstPassOnBytes_FindsWhatTheExactScanFinds()
    {
        // Vectors bunched around one direction, so that the closest 100 differ in the third decimal: the hard case
        // for a first pass on a byte per dimension.
        const int Dimensions = 64;
        var random = new Random(5);
        var centre = Unit(random, Dimensions, around: null, spread: 1);
        var values = Enumerable.Range(0, 120_001).SelectMany(_ => Unit(random, Dimensions, centre, spread: 0.05f)).ToArray();
        var vectors = PassageVectors.Of(values, Dimensions);

        for (var question = 0; question < 5; question++)
        {
            var query = Unit(random, Dimensions, centre, spread: 0.05f);
            var exact = vectors.NearestExactly(query, 100);
            Assert.True(exact[0].Score - exact[^1].Score < 0.1f, "The test's vectors are not bunched enough to test anything.");
            Assert.Equal(exact, vectors.Nearest(query, 100));
        }
    }

    private static float[] Unit(Random random, int dimensions, float[]? around, float spread)
    {
        var vector = Enumerable.Range(0, dimensions).Select(i => (around?[i] ?? 0) + (spread * (float)((random.NextDouble() * 2) - 1))).ToArray();
        var norm = MathF.Sqrt(vector.Sum(v => v * v));
        return vector.Select(v => v / norm).ToArray();
    }

    /// <summary>Both vector files as a build writes them; the folder holding them.</summary>
    private string WriteVectors(params float[][] vectors)
    {
        using var writer = VectorFileWriter.Create(Folder.Path);
        foreach (var vector in vectors)
        {
            writer.Append(vector);
        }

        writer.Complete();
        return Folder.Path;
    }
}
