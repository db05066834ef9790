using System.Text.Json.Serialization;

namespace KforBot.Telegram.State;

/// <summary>JSON for the passages column of the state file.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower)]
[JsonSerializable(typeof(IReadOnlyList<ShownPassage>))]
internal sealed partial class BotStateJsonContext : JsonSerializerContext;
