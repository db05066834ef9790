namespace KforBot.Search;

/// <summary>Facts about one build of the index.</summary>
public sealed record IndexSummary(
    string BuildId,
    string Fingerprint,
    DateTimeOffset BuiltAt,
    int ArticleCount,
    int PassageCount,
    double AverageWordsPerPassage)
{
    /// <summary>The corpus files' sizes and times when the build read them (see <see cref="Corpus.CorpusFingerprint.Stamp"/>).</summary>
    public string CorpusStamp { get; init; } = string.Empty;

    /// <summary>The full path of the corpus folder the build read; null for an index built before it was kept.</summary>
    public string? CorpusDirectory { get; init; }

    /// <summary>Whether this index was built from a folder other than <paramref name="corpusDirectory"/> (an older index, which does not say, is not).</summary>
    public bool IsFromAnotherCorpus(string corpusDirectory) =>
        CorpusDirectory is { } builtFrom
        && !string.Equals(Path.TrimEndingDirectorySeparator(builtFrom), Path.TrimEndingDirectorySeparator(Path.GetFullPath(corpusDirectory)), StringComparison.Ordinal);
}
