using System.Text.Json;
using System.Text.Json.Serialization;

namespace KforBot.Log.Storage;

/// <summary>The JSON columns of the log: the passages shown (with their text and citation) and uncovered terms.</summary>
internal static class LogJson
{
    public static string Passages(IReadOnlyList<LoggedPassage> passages) =>
        JsonSerializer.Serialize(passages, LogJsonContext.Default.IReadOnlyListLoggedPassage);

    public static IReadOnlyList<LoggedPassage> ReadPassages(string json) =>
        JsonSerializer.Deserialize(json, LogJsonContext.Default.IReadOnlyListLoggedPassage) ?? [];

    public static string Terms(IReadOnlyList<string> terms) =>
        JsonSerializer.Serialize(terms, LogJsonContext.Default.IReadOnlyListString);

    public static IReadOnlyList<string> ReadTerms(string json) =>
        JsonSerializer.Deserialize(json, LogJsonContext.Default.IReadOnlyListString) ?? [];
}

// Nulls are left out: entries logged before passages carried their text read the same as they were written.
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(IReadOnlyList<LoggedPassage>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class LogJsonContext : JsonSerializerContext;
