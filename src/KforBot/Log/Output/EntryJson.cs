using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace KforBot.Log.Output;

/// <summary>
/// The JSON contract of <c>logs list --json</c> and <c>logs export --format jsonl</c> (field names and types are
/// fixed; <c>chatType</c> and <c>nowAnswerable</c> come after them), and the fields of the CSV export.
/// </summary>
internal sealed record EntryJson(
    string Id,
    string At,
    string Channel,
    string User,
    string Question,
    bool Refused,
    string? Reason,
    IReadOnlyList<string> ArticleIds,
    string IndexVersion,
    double LatencyMs,
    string? Feedback,
    string Status,
    string? Note,
    string ChatType,
    bool NowAnswerable)
{
    private static readonly JsonTypeInfo<EntryJson> TypeInfo = (JsonTypeInfo<EntryJson>)new JsonSerializerOptions(EntryJsonContext.Default.Options)
    {
        // Quotes and accented names stay readable; the output is still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(EntryJson));

    public static EntryJson From(InteractionEntry entry) => new(
        entry.Id,
        Timestamp(entry.At),
        LogNames.Of(entry.Channel),
        entry.User,
        entry.Question,
        entry.Refused,
        entry.Reason,
        [.. entry.ArticleIds],
        entry.IndexVersion,
        entry.LatencyMs,
        entry.Feedback is { } feedback ? LogNames.Of(feedback) : null,
        LogNames.Of(entry.Status),
        entry.Note,
        entry.ChatType,
        entry.NowAnswerable is not null);

    public static string Serialize(InteractionEntry entry) => JsonSerializer.Serialize(From(entry), TypeInfo);

    /// <summary>ISO-8601 in UTC, to the millisecond the log keeps.</summary>
    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(EntryJson))]
internal sealed partial class EntryJsonContext : JsonSerializerContext;
