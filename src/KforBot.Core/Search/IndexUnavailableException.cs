namespace KforBot.Search;

/// <summary>There is no index to answer from (never built, deleted, or not an index file).</summary>
public sealed class IndexUnavailableException(string message, Exception? innerException = null)
    : Exception(message, innerException);
