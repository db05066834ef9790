using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using KforBot.Answering;

namespace KforBot.Formatting;

/// <summary>The JSON contract of <c>ask --json</c>: one object per question, on one line.</summary>
internal sealed record AnswerJson(
    string Question,
    bool Refused,
    string? Reason,
    IReadOnlyList<PassageJson> Passages,
    IReadOnlyList<PassageJson> Related)
{
    private static readonly JsonSerializerOptions Options = new(AnswerJsonContext.Default.Options)
    {
        // Quotes and accented names stay readable; the output is still valid JSON.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static AnswerJson From(Answer answer) => new(
        answer.Question,
        answer.IsRefused,
        ReasonText.Of(answer),
        answer.Passages.Select(PassageJson.From).ToList(),
        answer.Related.Select(PassageJson.From).ToList());

    public static string Serialize(Answer answer) =>
        JsonSerializer.Serialize(From(answer), (System.Text.Json.Serialization.Metadata.JsonTypeInfo<AnswerJson>)Options.GetTypeInfo(typeof(AnswerJson)));
}

/// <summary>One quoted passage in <see cref="AnswerJson"/>.</summary>
internal sealed record PassageJson(
    string ArticleId,
    string Title,
    string Outlet,
    string? Published,
    string? Url,
    string Text,
    double Score)
{
    public static PassageJson From(QuotedPassage passage) => new(
        passage.Citation.ArticleId,
        passage.Citation.Title,
        passage.Citation.Outlet,
        passage.Citation.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        passage.Citation.Url?.ToString(),
        passage.Text,
        passage.Score);
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.Never)]
[JsonSerializable(typeof(AnswerJson))]
internal sealed partial class AnswerJsonContext : JsonSerializerContext;
