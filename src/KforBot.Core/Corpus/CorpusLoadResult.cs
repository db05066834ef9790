namespace KforBot.Corpus;

/// <summary>The articles read from a corpus folder, and what was wrong with the rest.</summary>
public sealed record CorpusLoadResult(
    IReadOnlyList<Article> Articles,
    IReadOnlyList<CorpusProblem> Problems,
    string SynonymsText,
    int FilesRead)
{
    /// <summary>The <see cref="CorpusFingerprint"/> of exactly the bytes that were read.</summary>
    public required string Fingerprint { get; init; }
}
