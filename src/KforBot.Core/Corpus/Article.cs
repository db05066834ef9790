namespace KforBot.Corpus;

/// <summary>One news article of the corpus, as read from its file.</summary>
public sealed record Article(
    string Id,
    string Title,
    string Outlet,
    DateOnly? Published,
    Uri? Url,
    string Language,
    string Body,
    string SourcePath);
