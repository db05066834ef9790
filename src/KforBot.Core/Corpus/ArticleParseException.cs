namespace KforBot.Corpus;

/// <summary>An article file that cannot be used; carries the line the fault is on, when known.</summary>
internal sealed class ArticleParseException(string message, int? line = null) : Exception(message)
{
    public int? Line { get; } = line;
}
