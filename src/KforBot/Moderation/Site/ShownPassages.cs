using KforBot.Log;
using KforBot.Moderation.Pages;
using KforBot.Search;

namespace KforBot.Moderation.Site;

/// <summary>
/// Finds what the user was shown for each passage of an entry: the text and citation the entry records, else those of
/// the index build that answered while it is still the one in use; after that build is replaced, only a note saying so,
/// because the same article and position may now hold another text.
/// </summary>
internal sealed class ShownPassages(IPassageIndex? index = null)
{
    public async Task<IReadOnlyList<ShownPassage>> FindAsync(InteractionEntry entry, CancellationToken cancellationToken)
    {
        if (entry.Passages.All(p => p.Text is not null))
        {
            return [.. entry.Passages.Select(p => new ShownPassage(p, p.Citation, p.Text, null))];
        }

        await using var reader = await OpenAsync(cancellationToken).ConfigureAwait(false);
        if (reader is null || reader.Summary.BuildId != entry.IndexVersion)
        {
            var gone = $"The log of this conversation does not keep the passage's text, and index version {entry.IndexVersion} that answered is no longer in use: the text the user saw cannot be shown.";
            return [.. entry.Passages.Select(p => p.Text is null ? new ShownPassage(p, p.Citation, null, gone) : new ShownPassage(p, p.Citation, p.Text, null))];
        }

        var texts = Find(reader, entry.Passages.Where(p => p.Text is null).Select(p => (p.ArticleId, p.Position)).ToHashSet());
        return [.. entry.Passages.Select(p => Resolve(p, reader, texts))];
    }

    private static ShownPassage Resolve(LoggedPassage p, IPassageIndexReader reader, Dictionary<(string, int), string> texts)
    {
        if (p.Text is not null)
        {
            return new ShownPassage(p, p.Citation, p.Text, null);
        }

        var citation = reader.Articles.TryGetValue(p.ArticleId, out var a) ? new Answering.Citation(a.Id, a.Title, a.Outlet, a.Published, a.Url) : null;
        return texts.TryGetValue((p.ArticleId, p.Position), out var text)
            ? new ShownPassage(p, citation, text, null)
            : new ShownPassage(p, citation, null, $"Index version {reader.Summary.BuildId} holds no passage #{p.Position} of this article.");
    }

    /// <summary>
    /// The texts of the wanted passages, read from the build by ordinal. Only entries logged before the log kept the
    /// text come here, and only while their build is in use; the walk stops as soon as every passage is found.
    /// </summary>
    private static Dictionary<(string, int), string> Find(IPassageIndexReader reader, HashSet<(string ArticleId, int Position)> wanted)
    {
        var found = new Dictionary<(string, int), string>();
        for (var ordinal = 0; ordinal < reader.Summary.PassageCount && found.Count < wanted.Count; ordinal++)
        {
            var passage = reader.Passage(ordinal);
            if (wanted.Contains((passage.ArticleId, passage.Position)))
            {
                found[(passage.ArticleId, passage.Position)] = passage.Text;
            }
        }

        return found;
    }

    private async Task<IPassageIndexReader?> OpenAsync(CancellationToken cancellationToken)
    {
        if (index is null)
        {
            return null;
        }

        try
        {
            return await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (IndexUnavailableException)
        {
            return null;
        }
    }
}
