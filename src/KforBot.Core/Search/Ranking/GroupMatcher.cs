using KforBot.Search.Analysis;

namespace KforBot.Search.Ranking;

/// <summary>
/// Counts where a question's term groups occur in a passage in one pass over its words: each word is looked up
/// once among the alternatives that start with its stem, instead of being compared with every alternative of
/// every group (a question about "US soldiers" has some twenty synonyms, and a candidate passage a hundred words).
/// At each word a group counts once, by its first alternative that matches there.
/// </summary>
internal sealed class GroupMatcher
{
    private readonly Dictionary<string, List<(int Group, TermSequence Alternative)>> _byFirstTerm = new(StringComparer.Ordinal);

    public GroupMatcher(IReadOnlyList<GroupStatistics> groups)
    {
        GroupCount = groups.Count;
        for (var g = 0; g < groups.Count; g++)
        {
            // Alternatives with no word (none arise from the analyzer) can match nothing.
            foreach (var alternative in groups[g].Group.Alternatives.Where(a => a.Terms.Count > 0))
            {
                if (!_byFirstTerm.TryGetValue(alternative.Terms[0], out var entries))
                {
                    entries = [];
                    _byFirstTerm[alternative.Terms[0]] = entries;
                }

                // Entries stay in group order, then in each group's own order of alternatives.
                entries.Add((g, alternative));
            }
        }
    }

    public int GroupCount { get; }

    /// <summary>Occurrences of each group in <paramref name="tokens"/>; where they stand goes to <paramref name="spans"/> when given.</summary>
    public int[] Count(ReadOnlySpan<Token> tokens, List<TextSpan>? spans)
    {
        var counts = new int[GroupCount];
        for (var i = 0; i < tokens.Length; i++)
        {
            if (!_byFirstTerm.TryGetValue(tokens[i].Term, out var entries))
            {
                continue;
            }

            var matchedGroup = -1;
            foreach (var (group, alternative) in entries)
            {
                var terms = alternative.Terms;
                if (group == matchedGroup || i + terms.Count > tokens.Length || !Matches(tokens, i, terms))
                {
                    continue;
                }

                counts[group]++;
                matchedGroup = group;
                var last = tokens[i + terms.Count - 1];
                spans?.Add(new TextSpan(tokens[i].Start, last.Start + last.Length - tokens[i].Start));
            }
        }

        return counts;
    }

    private static bool Matches(ReadOnlySpan<Token> tokens, int start, IReadOnlyList<string> terms)
    {
        for (var j = 1; j < terms.Count; j++)
        {
            if (!string.Equals(tokens[start + j].Term, terms[j], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
