using System.Collections.Frozen;
using System.Globalization;

namespace KforBot.Search.Lucene;

/// <summary>
/// How often general news uses each index term: the share of the 21,577 stories of Reuters-21578 (1987 newswire)
/// that hold it, analysed as passages are but without any corpus's synonyms (written by the benchmarks'
/// <c>background-terms</c> command). Compared with how often the articles use a term, it tells a word that names a
/// question's subject ("troops": 0.2% of news stories, 15% of passages) from one that only frames it ("set", "total",
/// "new": commoner in general news than in the articles), whatever articles are indexed.
/// </summary>
internal static class BackgroundTerms
{
    public const string Resource = "KforBot.Search.Lucene.background-terms.tsv";

    /// <summary>The first column of the line that gives how many stories were counted.</summary>
    public const string StoriesHeading = "# stories";

    private static readonly Lazy<(int Documents, FrozenDictionary<string, int> Frequencies)> Table = new(Load);

    /// <summary>The number of stories counted.</summary>
    public static int Documents => Table.Value.Documents;

    /// <summary>The share of stories holding the term, smoothed so that a term no story holds is rare, not impossible.</summary>
    public static double Share(string term) =>
        (Table.Value.Frequencies.GetValueOrDefault(term) + 1.0) / (Table.Value.Documents + 1.0);

    private static (int, FrozenDictionary<string, int>) Load()
    {
        using var stream = typeof(BackgroundTerms).Assembly.GetManifestResourceStream(Resource)
            ?? throw new InvalidOperationException($"The build lacks its table of background terms ({Resource}).");
        using var reader = new StreamReader(stream);
        var documents = 0;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            // "# stories<TAB>21577" heads the table; other lines starting with "#" are comments; then "term<TAB>stories".
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var count = int.Parse(line.AsSpan(tab + 1), NumberStyles.None, CultureInfo.InvariantCulture);
            if (line.AsSpan(0, tab) is StoriesHeading)
            {
                documents = count;
            }
            else if (!line.StartsWith('#'))
            {
                frequencies[line[..tab]] = count;
            }
        }

        return (Math.Max(1, documents), frequencies.ToFrozenDictionary(StringComparer.Ordinal));
    }
}
