using KforBot.Search;

namespace KforBot.Answering;

/// <summary>Lists the indexed articles from the current index build.</summary>
internal sealed class SourceCatalog(IPassageIndex index) : ISourceCatalog
{
    public async Task<IReadOnlyList<Citation>> ListAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            return reader.Articles.Values
                .OrderByDescending(a => a.Published ?? DateOnly.MinValue)
                .ThenBy(a => a.Title, StringComparer.OrdinalIgnoreCase)
                .Select(a => new Citation(a.Id, a.Title, a.Outlet, a.Published, a.Url))
                .ToList();
        }
        catch (IndexUnavailableException)
        {
            return [];
        }
    }
}
