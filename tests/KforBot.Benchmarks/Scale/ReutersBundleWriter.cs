using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// Turns Reuters-21578 into a corpus bundle of any size: every story with a title and a body becomes an article
/// (outlet Reuters, its date as published), and the collection is repeated with new ids until the size is reached.
/// </summary>
internal static partial class ReutersBundleWriter
{
    /// <returns>The number of stories the collection has (before repeating).</returns>
    public static int Write(string reutersPath, string bundlePath, int stories)
    {
        var collection = Read(reutersPath);
        using var output = new StreamWriter(bundlePath);
        for (var i = 0; i < stories && collection.Count > 0; i++)
        {
            var story = collection[i % collection.Count];
            var copy = (i / collection.Count) + 1;
            output.WriteLine(JsonSerializer.Serialize(story with { Id = $"reuters-{copy}-{story.Id}" }, BundleJsonContext.Default.BundleLine));
        }

        return collection.Count;
    }

    private static List<BundleLine> Read(string reutersPath)
    {
        var stories = new List<BundleLine>();
        foreach (var line in File.ReadLines(reutersPath).Where(line => line.Length > 0))
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            var title = Text(root, "title");
            var body = Text(root, "body");
            if (string.IsNullOrWhiteSpace(title) || string.IsNullOrWhiteSpace(body))
            {
                continue;
            }

            stories.Add(new BundleLine(Text(root, "id")!, title.Trim(), Paragraphs(body))
            {
                Outlet = "Reuters",
                Published = Date(Text(root, "date")),
            });
        }

        return stories;
    }

    /// <summary>The wire's 80-column lines joined; an indented line starts a paragraph, as in the printed story.</summary>
    private static string Paragraphs(string body) =>
        string.Join("\n\n", IndentedLine().Split(body.Trim()).Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))));

    private static string? Date(string? reutersDate) =>
        reutersDate is not null && DateTime.TryParseExact(reutersDate.Trim().Split(' ')[0], "d-MMM-yyyy", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : null;

    private static string? Text(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value) && value.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText()
            : null;

    [GeneratedRegex(@"\n[ \t]+")]
    private static partial Regex IndentedLine();
}
