using System.Globalization;

namespace KforBot.Corpus;

/// <summary>The words of a problem about an article over <see cref="CorpusOptions.MaxArticleBytes"/>.</summary>
internal static class ArticleSize
{
    public static string TooLarge(long bytes, long limit) =>
        $"the article is {Megabytes(bytes)}, over the limit of {Megabytes(limit)} per article (Corpus:MaxArticleBytes); split it into smaller articles or raise the limit";

    private static string Megabytes(long bytes) => (bytes / (1024.0 * 1024.0)).ToString("0.0", CultureInfo.InvariantCulture) + " MB";
}
