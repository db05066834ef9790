namespace KforBot.Search;

/// <summary>What the index keeps of an article to cite it.</summary>
public sealed record IndexedArticle(string Id, string Title, string Outlet, DateOnly? Published, Uri? Url, string Language);
