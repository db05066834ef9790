namespace KforBot.Search;

/// <summary>Facts about one build of the index.</summary>
public sealed record IndexSummary(
    string BuildId,
    string Fingerprint,
    DateTimeOffset BuiltAt,
    int ArticleCount,
    int PassageCount,
    double AverageWordsPerPassage);
