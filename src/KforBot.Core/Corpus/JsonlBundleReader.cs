using System.Text.Json;

namespace KforBot.Corpus;

/// <summary>
/// Reads a <c>.jsonl</c> bundle: one article a line, <c>{"id", "title", "text"}</c> with optional
/// <c>outlet</c>, <c>published</c>, <c>url</c> and <c>language</c>. A bad line is reported with its number and skipped.
/// </summary>
internal static class JsonlBundleReader
{
    public static IEnumerable<Article> Read(string text, string path, ICollection<CorpusProblem> problems)
    {
        var lineNumber = 0;
        foreach (var line in text.Split('\n'))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var article = ReadLine(line, path, lineNumber, problems);
            if (article is not null)
            {
                yield return article;
            }
        }
    }

    private static Article? ReadLine(string line, string path, int lineNumber, ICollection<CorpusProblem> problems)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ArticleParseException("the line must be a JSON object");
            }

            var root = document.RootElement;
            return ArticleMetadata.Create(
                Field(root, "id"), Field(root, "title"), Field(root, "outlet"), Field(root, "published"),
                Field(root, "url"), Field(root, "language"), Field(root, "text") ?? string.Empty,
                path, _ => lineNumber);
        }
        catch (JsonException e)
        {
            problems.Add(new CorpusProblem(path, lineNumber, $"the line is not valid JSON ({e.Message.Split('.')[0]})", Skipped: true));
        }
        catch (ArticleParseException e)
        {
            problems.Add(new CorpusProblem(path, lineNumber, e.Message, Skipped: true));
        }

        return null;
    }

    /// <summary>A field as text: strings as they are, numbers as written (ids are often numbers), null otherwise.</summary>
    private static string? Field(JsonElement root, string name)
    {
        if (!root.TryGetProperty(name, out var value))
        {
            return null;
        }

        return value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.Null => null,
            _ => throw new ArticleParseException($"the field '{name}' must be a string"),
        };
    }
}
