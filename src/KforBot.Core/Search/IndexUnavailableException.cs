namespace KforBot.Search;

/// <summary>There is no index to answer from (never built, deleted, not an index folder, damaged, or another version's).</summary>
public sealed class IndexUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException)
{
    /// <summary>Why, in a few words that fit inside a sentence: "there is no index yet".</summary>
    public string Why { get; init; } = "the index cannot be used";
}
