using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using KforBot.Answering.Ranking;

namespace KforBot.Formatting;

/// <summary>
/// The JSON contract of <c>search --json</c>: <c>{"query": string, "results": [{"articleId": string, "score": number}]}</c>,
/// one object per query, on one line, articles best first.
/// </summary>
internal sealed record SearchResultJson(string Query, IReadOnlyList<SearchHitJson> Results)
{
    private static readonly JsonTypeInfo<SearchResultJson> TypeInfo = (JsonTypeInfo<SearchResultJson>)new JsonSerializerOptions(SearchResultJsonContext.Default.Options)
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    }.GetTypeInfo(typeof(SearchResultJson));

    public static string Serialize(string query, IReadOnlyList<RankedArticle> articles) =>
        JsonSerializer.Serialize(new SearchResultJson(query, articles.Select(a => new SearchHitJson(a.ArticleId, Math.Round(a.Score, 6))).ToList()), TypeInfo);
}

/// <summary>One ranked article in <see cref="SearchResultJson"/>.</summary>
internal sealed record SearchHitJson(string ArticleId, double Score);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(SearchResultJson))]
internal sealed partial class SearchResultJsonContext : JsonSerializerContext;
