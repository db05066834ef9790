namespace KforBot.Search.Analysis;

/// <summary>
/// Query expansion from a list in the Solr/Lucene synonyms format: <c>a, b, c</c> makes the terms
/// equivalent; <c>x =&gt; y, z</c> replaces x by y and z; <c>#</c> starts a comment.
/// Entries are matched on stems, so "withdrawals" finds the entry "withdrawal".
/// </summary>
public sealed class SynonymMap
{
    private readonly Dictionary<string, List<TermSequence>> _expansions;

    private SynonymMap(Dictionary<string, List<TermSequence>> expansions, int longestEntry, IReadOnlyList<string> problems)
    {
        _expansions = expansions;
        LongestEntry = longestEntry;
        Problems = problems;
    }

    public static SynonymMap Empty { get; } = new([], 0, []);

    /// <summary>How many words the longest entry has.</summary>
    public int LongestEntry { get; }

    /// <summary>Lines that could not be read, with their numbers; those lines are ignored.</summary>
    public IReadOnlyList<string> Problems { get; }

    public int Count => _expansions.Count;

    /// <summary>The alternatives for a sequence of stems, or null when the list has no entry for it.</summary>
    public IReadOnlyList<TermSequence>? Find(string termKey) =>
        _expansions.TryGetValue(termKey, out var alternatives) ? alternatives : null;

    public static SynonymMap Parse(string text)
    {
        var expansions = new Dictionary<string, List<TermSequence>>(StringComparer.Ordinal);
        var problems = new List<string>();
        var longest = 0;
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = StripComment(rawLine).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var arrow = line.IndexOf("=>", StringComparison.Ordinal);
            var left = Entries(arrow >= 0 ? line[..arrow] : line);
            var right = arrow >= 0 ? Entries(line[(arrow + 2)..]) : left;
            var secondArrow = arrow >= 0 && line.IndexOf("=>", arrow + 2, StringComparison.Ordinal) >= 0;
            if (left.Count == 0 || right.Count == 0 || (arrow < 0 && left.Count < 2) || secondArrow)
            {
                problems.Add($"line {lineNumber}: expected 'a, b, c' or 'x => y, z', got \"{line}\"");
                continue;
            }

            foreach (var source in left)
            {
                var alternatives = expansions.TryGetValue(source.Key, out var existing) ? existing : expansions[source.Key] = [];
                foreach (var target in right.Where(t => alternatives.All(a => a.Key != t.Key)))
                {
                    alternatives.Add(target);
                }

                longest = Math.Max(longest, source.Terms.Count);
            }
        }

        return new SynonymMap(expansions, longest, problems);
    }

    private static List<TermSequence> Entries(string part) =>
        part.Split(',')
            .Select(entry => TextTokenizer.Tokenize(entry))
            .Where(tokens => tokens.Count > 0)
            .Select(TermSequence.FromTokens)
            .DistinctBy(sequence => sequence.Key)
            .ToList();

    private static string StripComment(string line)
    {
        var hash = line.IndexOf('#', StringComparison.Ordinal);
        return hash >= 0 ? line[..hash] : line;
    }
}
