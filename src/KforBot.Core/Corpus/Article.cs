namespace KforBot.Corpus;

/// <summary>One news article of the corpus, as read from its file.</summary>
/// <remarks>Public because `corpus check` reads the articles through <see cref="CorpusReading.ReadArticles"/>.</remarks>
public sealed record Article(
    string Id,
    string Title,
    string Outlet,
    DateOnly? Published,
    Uri? Url,
    string Language,
    string Body,
    string SourcePath)
{
    /// <summary>
    /// What the article says of itself, searched with each of its passages and never quoted: its title, its outlet,
    /// and its date as people ask for it ("2013", "March 2025"). "What did Radio Free Europe report" finds the
    /// articles of that outlet; "in 2013" those dated then.
    /// </summary>
    public string Context => ArticleContext.Of(Title, Outlet, Published);
}
