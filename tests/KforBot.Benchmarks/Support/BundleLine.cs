using System.Text.Json.Serialization;

namespace KforBot.Benchmarks.Support;

/// <summary>One article of a <c>.jsonl</c> corpus bundle, as the bot reads it.</summary>
internal sealed record BundleLine(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("title")] string Title,
    [property: JsonPropertyName("text")] string Text)
{
    [JsonPropertyName("outlet")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Outlet { get; init; }

    [JsonPropertyName("published")]
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? Published { get; init; }
}

[JsonSerializable(typeof(BundleLine))]
internal sealed partial class BundleJsonContext : JsonSerializerContext;
