using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Unicode;

namespace KforBot.Corpus;

/// <summary>
/// Reads a <c>.jsonl</c> bundle: one article a line, <c>{"id", "title", "text"}</c> with optional
/// <c>outlet</c>, <c>published</c>, <c>url</c> and <c>language</c>. A bad line is reported with its number and
/// skipped. The file is streamed, one line at a time, so a bundle of any size costs only the articles in flight.
/// </summary>
internal static class JsonlBundleReader
{
    private static readonly byte[] ByteOrderMark = [0xEF, 0xBB, 0xBF];

    /// <summary>The articles of the bundle, read as they are enumerated; every byte read also goes to <paramref name="contentHash"/>.</summary>
    public static IEnumerable<Article> Read(Stream stream, string path, ICollection<CorpusProblem> problems, IncrementalHash contentHash, long maxArticleBytes = long.MaxValue) =>
        Read(new ByteLineReader(stream, contentHash, maxArticleBytes), path, problems, maxArticleBytes);

    /// <summary>The articles of the bundle whose lines <paramref name="lines"/> reads; a line over <paramref name="maxArticleBytes"/> is skipped and reported.</summary>
    public static IEnumerable<Article> Read(ByteLineReader lines, string path, ICollection<CorpusProblem> problems, long maxArticleBytes)
    {
        var lineNumber = 0;
        while (lines.TryReadLine(out var line))
        {
            lineNumber++;
            if (lines.OverlongLineBytes is { } length)
            {
                problems.Add(new CorpusProblem(path, lineNumber, ArticleSize.TooLarge(length, maxArticleBytes), Skipped: true));
                continue;
            }

            if (lineNumber == 1 && line.Span.StartsWith(ByteOrderMark))
            {
                line = line[ByteOrderMark.Length..];
            }

            if (line.Span.Trim(" \t"u8).IsEmpty)
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

    private static Article? ReadLine(ReadOnlyMemory<byte> line, string path, int lineNumber, ICollection<CorpusProblem> problems)
    {
        if (!Utf8.IsValid(line.Span))
        {
            problems.Add(new CorpusProblem(path, lineNumber, "the line is not valid UTF-8; save the bundle as UTF-8", Skipped: true));
            return null;
        }

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
