using KforBot.Corpus;

namespace KforBot.Benchmarks.Scale;

/// <summary>The size of a corpus folder as the bot reads it: its articles, bundles and synonym list.</summary>
internal static class CorpusSize
{
    public static long Bytes(string corpusDirectory) =>
        CorpusFingerprint.ListFiles(corpusDirectory).Sum(file => new FileInfo(file).Length);
}
