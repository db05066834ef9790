using KforBot.Search;

namespace KforBot.Formatting;

/// <summary>
/// Shows reindex progress as one line on standard error, rewritten in place on a terminal. A total still estimated
/// from the size of bundles not read yet reads "~": <c>Indexing: 120/~5000 articles</c>.
/// </summary>
internal sealed class ReindexProgressWriter(TextWriter error) : IProgress<ReindexProgress>
{
    private int _lastPercent = -1;

    public void Report(ReindexProgress value)
    {
        var percent = value.ArticlesTotal == 0 ? 100 : value.ArticlesDone * 100 / value.ArticlesTotal;
        if (percent == _lastPercent)
        {
            return;
        }

        _lastPercent = percent;
        var line = $"Indexing: {value.ArticlesDone}/{(value.ArticlesTotalIsEstimate ? "~" : string.Empty)}{value.ArticlesTotal} articles, {value.PassagesDone} passages ({percent}%)";
        error.Write(Console.IsErrorRedirected ? line + Environment.NewLine : "\r" + line);
        if (percent == 100 && !Console.IsErrorRedirected)
        {
            error.WriteLine();
        }
    }
}
