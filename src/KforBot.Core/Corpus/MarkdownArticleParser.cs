using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace KforBot.Corpus;

/// <summary>
/// Reads an article written as Markdown with YAML front matter:
/// a first line <c>---</c>, YAML fields, a closing <c>---</c>, then the article body.
/// </summary>
internal static class MarkdownArticleParser
{
    private static readonly HashSet<string> KnownKeys = ["id", "title", "outlet", "published", "url", "language"];

    /// <summary>Parses one file's text; throws <see cref="ArticleParseException"/> with the line at fault.</summary>
    /// <param name="text">The whole file, already decoded.</param>
    /// <param name="path">The file path, kept as the article's source.</param>
    /// <param name="defaultId">The id used when the front matter names none (the file name).</param>
    /// <param name="warnings">Receives problems that do not stop the article from being used.</param>
    public static Article Parse(string text, string path, string defaultId, ICollection<CorpusProblem> warnings)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd('\r', ' ', '\t') != "---")
        {
            throw new ArticleParseException("the file must start with a '---' line opening the YAML front matter", 1);
        }

        var closing = Array.FindIndex(lines, 1, line => line.TrimEnd('\r', ' ', '\t') is "---" or "...");
        if (closing < 0)
        {
            throw new ArticleParseException("the YAML front matter is never closed by a '---' line", 1);
        }

        var yaml = string.Join('\n', lines[1..closing]);
        var (fields, fieldLines) = ReadFields(yaml, lineOffset: 1);
        foreach (var key in fields.Keys.Where(key => !KnownKeys.Contains(key)))
        {
            warnings.Add(new CorpusProblem(path, fieldLines[key], $"unknown front matter field '{key}' is ignored", Skipped: false));
        }

        var body = string.Join('\n', lines[(closing + 1)..]).Trim();
        fields.TryGetValue("id", out var id);
        return ArticleMetadata.Create(
            id ?? defaultId,
            fields.GetValueOrDefault("title"),
            fields.GetValueOrDefault("outlet"),
            fields.GetValueOrDefault("published"),
            fields.GetValueOrDefault("url"),
            fields.GetValueOrDefault("language"),
            body,
            path,
            key => fieldLines.TryGetValue(key, out var line) ? line : null);
    }

    private static (Dictionary<string, string?> Fields, Dictionary<string, int> Lines) ReadFields(string yaml, int lineOffset)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException e)
        {
            var line = (int)e.Start.Line + lineOffset;
            var reason = e.Message.Contains("Duplicate key", StringComparison.OrdinalIgnoreCase)
                ? "a field is given twice"
                : $"the front matter is not valid YAML: {FirstSentence(e.Message)}";
            throw new ArticleParseException(reason, line);
        }

        var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
        var fieldLines = new Dictionary<string, int>(StringComparer.Ordinal);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: null or "" })
        {
            return (fields, fieldLines);
        }

        if (stream.Documents[0].RootNode is not YamlMappingNode mapping)
        {
            throw new ArticleParseException("the front matter must be a list of 'key: value' fields", lineOffset + 1);
        }

        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var line = (int)keyNode.Start.Line + lineOffset;
            if (keyNode is not YamlScalarNode { Value: { } key })
            {
                throw new ArticleParseException("a front matter key must be plain text", line);
            }

            if (valueNode is not YamlScalarNode scalar)
            {
                throw new ArticleParseException($"the field '{key}' must be a single value, not a list or a mapping", line);
            }

            if (!fields.TryAdd(key, scalar.Value))
            {
                throw new ArticleParseException($"the field '{key}' is given twice", line);
            }

            fieldLines[key] = line;
        }

        return (fields, fieldLines);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(". ", StringComparison.Ordinal);
        return (cut > 0 ? message[..cut] : message).TrimEnd('.');
    }
}
