using KforBot.Corpus;
using KforBot.Tests.Support;

namespace KforBot.Tests.Corpus;

public sealed class CorpusFingerprintTests : FolderTest
{
    [Fact]
    public void Stamp_UntouchedFiles_StaysTheSame()
    {
        Folder.Write("a.md", "one");
        Folder.Write("b.jsonl", "two");
        Folder.Write("notes.txt", "not a corpus file");

        var stamp = CorpusFingerprint.Stamp(Folder.Path);

        Assert.Equal(stamp, CorpusFingerprint.Stamp(Folder.Path));
        Assert.Equal(2, stamp.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public void Stamp_FileTouchedRewrittenOrAdded_Changes_AndSameFilesAndSizesTellsATouchFromTheRest()
    {
        var path = Folder.Write("a.md", "one");
        var before = CorpusFingerprint.Stamp(Folder.Path);

        File.SetLastWriteTimeUtc(path, File.GetLastWriteTimeUtc(path).AddSeconds(1));
        var touched = CorpusFingerprint.Stamp(Folder.Path);
        File.AppendAllText(path, " more");
        var longer = CorpusFingerprint.Stamp(Folder.Path);
        Folder.Write("c.md", "three");
        var added = CorpusFingerprint.Stamp(Folder.Path);

        Assert.NotEqual(before, touched);
        Assert.NotEqual(touched, added);
        Assert.True(CorpusFingerprint.SameFilesAndSizes(before, touched));
        Assert.False(CorpusFingerprint.SameFilesAndSizes(touched, longer));
        Assert.False(CorpusFingerprint.SameFilesAndSizes(longer, added));
    }

    [Fact]
    public async Task ComputeAsync_LargeBundle_MatchesTheFingerprintOfAReadingOfIt()
    {
        Folder.Write("bundle.jsonl", LargeBundle());
        var reading = new CorpusLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<CorpusLoader>.Instance).Open(Folder.Path);

        var articles = reading.ReadArticles(CancellationToken.None).Count();

        Assert.Equal(3_000, articles);
        Assert.Equal(3_000, reading.ExpectedArticles);
        Assert.False(reading.ExpectedArticlesIsEstimate);
        Assert.Equal(await CorpusFingerprint.ComputeAsync(Folder.Path, CancellationToken.None), reading.Fingerprint);
    }

    [Fact]
    public void ExpectedArticles_WhileABundleIsRead_IsAnEstimateFromItsSize_NearTheLinesItHas()
    {
        Folder.Write("bundle.jsonl", LargeBundle());
        var reading = new CorpusLoader(Microsoft.Extensions.Logging.Abstractions.NullLogger<CorpusLoader>.Instance).Open(Folder.Path);

        var estimates = reading.ReadArticles(CancellationToken.None).Take(1_000).Select(_ => (reading.ExpectedArticles, reading.ExpectedArticlesIsEstimate)).ToList();

        Assert.All(estimates, e => Assert.True(e.ExpectedArticlesIsEstimate));
        // The first lines are a little shorter than the last (their ids have fewer digits): within a tenth.
        Assert.InRange(estimates[^1].ExpectedArticles, 2_700, 3_300);
    }

    private static string LargeBundle() =>
        string.Concat(Enumerable.Range(0, 3_000).Select(i => $"{{\"id\": \"{i}\", \"title\": \"T{i}\", \"text\": \"Text {i}.\"}}\n"));
}
