using System.Text.Json;
using System.Text.Json.Serialization;

namespace KforBot.Log.Storage;

/// <summary>The JSON columns of the log: quoted passages and uncovered terms.</summary>
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

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(IReadOnlyList<LoggedPassage>))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class LogJsonContext : JsonSerializerContext;
