using System.Text.Json;
using System.Text.Json.Serialization;

namespace KforBot.Search.Generations;

/// <summary>What a finished generation holds; written last, so a generation without it is incomplete.</summary>
internal sealed record GenerationManifest(
    int Format,
    string BuildId,
    string Fingerprint,
    string CorpusStamp,
    DateTimeOffset BuiltAt,
    int ArticleCount,
    int PassageCount,
    double AverageWordsPerPassage,
    string ModelId,
    int Dimensions,
    string? CorpusDirectory = null)
{
    public const string FileName = "manifest.json";

    /// <summary>
    /// The layout of a generation; a generation of another format is rebuilt, never read. Raised whenever what is
    /// indexed changes, so that an index built by an older bot is rebuilt at start-up. 2: a passage keeps its
    /// one-sentence lead-in, the spelling field holds the words as written, title and heading are stored only. 3: the
    /// words for spelling corrections are a small index of their own, counted during the passages' analysis. 4: the
    /// byte copy of the vectors is written by the build. 5: the words for spelling corrections say which the passages
    /// write as names. 6: they hold the acronyms the passages' capitalised phrases spell.
    /// </summary>
    public const int CurrentFormat = 6;

    public IndexSummary ToSummary() =>
        new(BuildId, Fingerprint, BuiltAt, ArticleCount, PassageCount, AverageWordsPerPassage) { CorpusStamp = CorpusStamp, CorpusDirectory = CorpusDirectory };

    public static GenerationManifest? TryRead(string generationPath)
    {
        var path = Path.Combine(generationPath, FileName);
        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), GenerationJsonContext.Default.GenerationManifest);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }

    public void Write(string generationPath)
    {
        var path = Path.Combine(generationPath, FileName);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        JsonSerializer.Serialize(stream, this, GenerationJsonContext.Default.GenerationManifest);
        stream.Flush(flushToDisk: true);
    }
}

[JsonSerializable(typeof(GenerationManifest))]
[JsonSerializable(typeof(IndexedArticle))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class GenerationJsonContext : JsonSerializerContext;
