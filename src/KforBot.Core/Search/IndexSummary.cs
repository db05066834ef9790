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
}
