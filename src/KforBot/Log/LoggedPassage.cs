namespace KforBot.Log;

/// <summary>A passage an answer quoted: enough to find it again in the article, whatever build of the index answered.</summary>
/// <param name="ArticleId">The article it comes from.</param>
/// <param name="Position">0-based position of the passage within its article.</param>
/// <param name="Score">The passage's score in that answer.</param>
internal sealed record LoggedPassage(string ArticleId, int Position, double Score);
