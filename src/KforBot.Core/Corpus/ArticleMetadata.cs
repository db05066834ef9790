namespace KforBot.Corpus;

/// <summary>
/// Checks the fields every article source shares (Markdown front matter and bundle lines alike)
/// and turns them into an <see cref="Article"/>.
/// </summary>
internal static class ArticleMetadata
{
    private const int MaxIdLength = 128;

    public static Article Create(
        string? id, string? title, string? outlet, string? published, string? url, string? language,
        string body, string sourcePath, Func<string, int?> lineOf)
    {
        id = string.IsNullOrWhiteSpace(id) ? null : id.Trim();
        if (id is null)
        {
            throw new ArticleParseException("the article has no id", lineOf("id"));
        }

        if (id.Length > MaxIdLength || !id.All(IsIdCharacter))
        {
            throw new ArticleParseException(
                $"the id \"{Shorten(id)}\" may only use letters, digits, '-', '_' and '.' (at most {MaxIdLength})", lineOf("id"));
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            throw new ArticleParseException("the article has no title", lineOf("title"));
        }

        if (string.IsNullOrWhiteSpace(body))
        {
            throw new ArticleParseException("the article has no body text");
        }

        return new Article(
            id,
            Collapse(title),
            string.IsNullOrWhiteSpace(outlet) ? string.Empty : Collapse(outlet),
            ParseDate(published, lineOf),
            ParseUrl(url, lineOf),
            string.IsNullOrWhiteSpace(language) ? "en" : language.Trim(),
            body,
            sourcePath);
    }

    private static DateOnly? ParseDate(string? published, Func<string, int?> lineOf)
    {
        if (string.IsNullOrWhiteSpace(published))
        {
            return null;
        }

        var text = published.Trim();
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture,
                System.Globalization.DateTimeStyles.None, out var date))
        {
            return date;
        }

        throw new ArticleParseException($"'published' must be an ISO date like 2025-03-10, not \"{Shorten(text)}\"", lineOf("published"));
    }

    private static Uri? ParseUrl(string? url, Func<string, int?> lineOf)
    {
        if (string.IsNullOrWhiteSpace(url))
        {
            return null;
        }

        if (Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps))
        {
            return uri;
        }

        throw new ArticleParseException($"'url' must be an absolute http or https address, not \"{Shorten(url)}\"", lineOf("url"));
    }

    private static bool IsIdCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.';

    private static string Collapse(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Shorten(string text) => text.Length <= 60 ? text : string.Concat(text.AsSpan(0, 57), "...");
}
