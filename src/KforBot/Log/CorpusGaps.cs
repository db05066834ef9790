using KforBot.Log.Storage;

namespace KforBot.Log;

/// <summary>
/// The corpus-gap report: refused questions grouped by the words no article covered (names whole, noise left out:
/// see <see cref="GapTerms"/>), most frequent first, so operators see which articles are missing.
/// </summary>
internal sealed class CorpusGaps(InteractionQueries queries)
{
    public const int ExamplesPerGap = 3;

    public async Task<IReadOnlyList<CorpusGap>> FindAsync(DateTimeOffset? since, CancellationToken cancellationToken)
    {
        // Words differ in case between questions ("weather", "Weather"): one gap, named as first seen.
        var gaps = new Dictionary<string, Tally>(StringComparer.OrdinalIgnoreCase);
        await foreach (var entry in queries.ListAsync(new InteractionFilter(RefusedOnly: true, Since: since), cancellationToken).ConfigureAwait(false))
        {
            foreach (var term in GapTerms.Of(entry.Question, entry.UncoveredTerms))
            {
                if (!gaps.TryGetValue(term, out var tally))
                {
                    gaps[term] = tally = new Tally(term);
                }

                tally.Questions++;
                if (tally.Examples.Count < ExamplesPerGap && !tally.Examples.Contains(entry.Question, StringComparer.Ordinal))
                {
                    tally.Examples.Add(entry.Question);
                }
            }
        }

        return [.. gaps.Values
            .OrderByDescending(g => g.Questions)
            .ThenBy(g => g.Term, StringComparer.OrdinalIgnoreCase)
            .Select(g => new CorpusGap(g.Term, g.Questions, g.Examples))];
    }

    private sealed class Tally(string term)
    {
        public string Term { get; } = term;

        public int Questions { get; set; }

        public List<string> Examples { get; } = [];
    }
}

/// <summary>Words no article covered, how many refused questions asked for them, and a few of those questions (newest first).</summary>
internal sealed record CorpusGap(string Term, int Questions, IReadOnlyList<string> Examples);
