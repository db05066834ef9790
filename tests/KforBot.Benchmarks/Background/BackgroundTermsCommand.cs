using System.Globalization;
using System.Text.Json;
using KforBot.Benchmarks.Support;
using KforBot.Search.Lucene;
using Lucene.Net.Analysis.TokenAttributes;

namespace KforBot.Benchmarks.Background;

/// <summary>
/// Writes the table of background terms the bot ships (<see cref="BackgroundTerms"/>): for every index term, how many
/// Reuters-21578 stories (title and body) hold it, analysed as passages are without synonyms. Terms fewer than
/// <see cref="MinStories"/> stories hold are left out: the table then reads them as rare, which they are. Deterministic:
/// the same collection gives the same file, byte for byte.
/// </summary>
internal sealed class BackgroundTermsCommand : IBenchmark
{
    private const int MinStories = 2;

    public string Name => "background-terms";

    public string Description => "writes the background term table from Reuters-21578 (--reuters FILE --out FILE)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var arguments = BenchmarkArguments.Parse(args);
        var reuters = arguments.Text("--reuters", Path.Combine(RepositoryLayout.DefaultDataDirectory, "reuters21578.jsonl"));
        var target = arguments.Text("--out", Path.Combine(RepositoryLayout.Root, "src", "KforBot.Core", "Search", "Lucene", "background-terms.tsv"));
        if (!File.Exists(reuters))
        {
            await Console.Error.WriteLineAsync($"Reuters-21578 not found at {reuters} (give --reuters FILE).").ConfigureAwait(false);
            return 2;
        }

        var stories = 0;
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        using var analyzer = new PassageAnalyzer(synonyms: null);
        foreach (var line in File.ReadLines(reuters))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (line.Length == 0)
            {
                continue;
            }

            using var story = JsonDocument.Parse(line);
            var text = $"{Text(story.RootElement, "title")}\n{Text(story.RootElement, "body")}";
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            stories++;
            foreach (var term in Terms(analyzer, text))
            {
                frequencies[term] = frequencies.GetValueOrDefault(term) + 1;
            }
        }

        var temporary = target + ".tmp";
        await using (var writer = new StreamWriter(temporary) { NewLine = "\n" })
        {
            await writer.WriteLineAsync("# How many Reuters-21578 stories (title and body) hold each index term; written by the benchmarks' background-terms command.").ConfigureAwait(false);
            await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{BackgroundTerms.StoriesHeading}\t{stories}")).ConfigureAwait(false);
            foreach (var (term, count) in frequencies.Where(p => p.Value >= MinStories).OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                await writer.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{term}\t{count}")).ConfigureAwait(false);
            }
        }

        File.Move(temporary, target, overwrite: true);
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"{stories} stories, {frequencies.Count} terms, {frequencies.Count(p => p.Value >= MinStories)} held by at least {MinStories}: {target}")).ConfigureAwait(false);
        return 0;
    }

    private static HashSet<string> Terms(PassageAnalyzer analyzer, string text)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            terms.Add(term.ToString());
        }

        stream.End();
        return terms;
    }

    private static string Text(JsonElement story, string property) =>
        story.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() ?? string.Empty : string.Empty;
}
