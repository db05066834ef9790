using System.Text.Json.Serialization;

namespace KforBot.Evaluation;

/// <summary>
/// One line of a question file: <c>cat</c> is <c>answer</c> (a passage among the first three must contain one of
/// <c>any</c>), <c>refuse_*</c> (must be refused) or <c>robust</c> (any valid reply).
/// </summary>
internal sealed record EvalQuestion(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("cat")] string Category,
    [property: JsonPropertyName("q")] string Question,
    [property: JsonPropertyName("any")] IReadOnlyList<string>? Any);

[JsonSerializable(typeof(EvalQuestion))]
internal sealed partial class EvalJsonContext : JsonSerializerContext;
