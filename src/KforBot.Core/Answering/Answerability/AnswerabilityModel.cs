using System.Text.Json;
using System.Text.Json.Serialization;

namespace KforBot.Answering.Answerability;

/// <summary>
/// A logistic regression over <see cref="EvidenceFeatures"/>: the probability that the best passage answers the
/// question. Its coefficients are fitted on the development questions by
/// <c>dotnet run -c Release --project tests/KforBot.Benchmarks -- fit-answerability</c>, which rewrites
/// <c>answerability.json</c> beside this file; the bot reads the copy compiled into it.
/// </summary>
public sealed record AnswerabilityModel(
    IReadOnlyList<string> Features, IReadOnlyList<double> Means, IReadOnlyList<double> Scales, IReadOnlyList<double> Weights, double Bias, double Threshold)
{
    public const string ResourceName = "KforBot.Answering.Answerability.answerability.json";

    public static AnswerabilityModel Shipped { get; } = LoadShipped();

    /// <summary>The probability that the passage answers, from 0 to 1.</summary>
    public double Probability(EvidenceFeatures features)
    {
        var values = features.ToArray();
        var z = Bias;
        for (var i = 0; i < values.Length; i++)
        {
            z += Weights[i] * (values[i] - Means[i]) / Scales[i];
        }

        return 1 / (1 + Math.Exp(-z));
    }

    public bool Answers(EvidenceFeatures features) => Probability(features) >= Threshold;

    public string ToJson() => JsonSerializer.Serialize(this, AnswerabilityJsonContext.Default.AnswerabilityModel);

    public static AnswerabilityModel FromJson(string json)
    {
        var model = JsonSerializer.Deserialize(json, AnswerabilityJsonContext.Default.AnswerabilityModel)
            ?? throw new InvalidDataException("The answerability model is empty.");
        if (!model.Features.SequenceEqual(EvidenceFeatures.Names) || model.Weights.Count != model.Features.Count
            || model.Means.Count != model.Features.Count || model.Scales.Count != model.Features.Count)
        {
            throw new InvalidDataException($"The answerability model is for the features [{string.Join(", ", model.Features)}], not [{string.Join(", ", EvidenceFeatures.Names)}]: refit it.");
        }

        return model;
    }

    private static AnswerabilityModel LoadShipped()
    {
        using var stream = typeof(AnswerabilityModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The resource {ResourceName} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd());
    }
}

[JsonSerializable(typeof(AnswerabilityModel))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class AnswerabilityJsonContext : JsonSerializerContext;
