using System.Text.Json;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.SciFact;

/// <summary>Reads a BEIR test collection: corpus.jsonl, queries-test.tsv and qrels-test.tsv.</summary>
internal sealed class BeirData(string folder)
{
    public string CorpusPath => Path.Combine(folder, "corpus.jsonl");

    /// <summary>Query id and text, in file order.</summary>
    public List<(string Id, string Text)> ReadQueries() =>
        File.ReadLines(Path.Combine(folder, "queries-test.tsv"))
            .Where(line => line.Length > 0)
            .Select(line => line.Split('\t', 2))
            .Select(parts => (parts[0], parts[1]))
            .ToList();

    /// <summary>Relevance by query, then by document; the header line is skipped.</summary>
    public Dictionary<string, IReadOnlyDictionary<string, int>> ReadJudgements()
    {
        var judgements = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var line in File.ReadLines(Path.Combine(folder, "qrels-test.tsv")).Skip(1).Where(line => line.Length > 0))
        {
            var parts = line.Split('\t');
            if (!judgements.TryGetValue(parts[0], out var judged))
            {
                judged = new Dictionary<string, int>(StringComparer.Ordinal);
                judgements[parts[0]] = judged;
            }

            judged[parts[1]] = int.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture);
        }

        return judgements.ToDictionary(pair => pair.Key, pair => (IReadOnlyDictionary<string, int>)pair.Value, StringComparer.Ordinal);
    }

    /// <summary>
    /// Writes the corpus as a KforBot bundle: one article a line with <c>id</c>, <c>title</c> and <c>text</c>.
    /// The title stays the article's title (searchable with the text, as in the bot's own articles).
    /// </summary>
    /// <returns>How many documents were written.</returns>
    public int WriteBundle(string bundlePath)
    {
        using var output = new StreamWriter(bundlePath);
        var count = 0;
        foreach (var line in File.ReadLines(CorpusPath).Where(line => line.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var id = root.GetProperty("_id").GetString()!;
            var text = root.GetProperty("text").GetString() ?? string.Empty;
            var title = root.GetProperty("title").GetString();
            output.WriteLine(JsonSerializer.Serialize(new BundleLine(id, string.IsNullOrWhiteSpace(title) ? $"Document {id}" : title, text), BundleJsonContext.Default.BundleLine));
            count++;
        }

        return count;
    }
}
