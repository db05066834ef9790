namespace KforBot.Search;

/// <summary>What the index keeps of an article to cite it.</summary>
public sealed record IndexedArticle(string Id, string Title, string Outlet, DateOnly? Published, Uri? Url, string Language)
{
    /// <summary>Its title, outlet and date as one text (<see cref="Corpus.ArticleContext"/>).</summary>
    public string Context => Corpus.ArticleContext.Of(Title, Outlet, Published);
}
