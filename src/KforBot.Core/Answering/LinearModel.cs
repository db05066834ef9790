using System.Text.Json;
using System.Text.Json.Serialization;
using KforBot.Answering.Answerability;

namespace KforBot.Answering;

/// <summary>
/// A logistic regression over named, standardised features: the answerability model (does the best passage answer?).
/// Its coefficients are fitted on questions generated from the corpus, with the development questions, by
/// <c>dotnet run -c Release --project tests/KforBot.Benchmarks -- fit-answering</c>, which rewrites the JSON file
/// beside <see cref="EvidenceFeatures"/>; the bot reads the copy compiled into it.
/// </summary>
internal sealed record LinearModel(
    IReadOnlyList<string> Features, IReadOnlyList<double> Means, IReadOnlyList<double> Scales, IReadOnlyList<double> Weights, double Bias, double Threshold)
{
    public const string AnswerabilityResource = "KforBot.Answering.Answerability.answerability.json";

    /// <summary>The probability that the best passage answers, from <see cref="EvidenceFeatures"/>.</summary>
    public static LinearModel Answerability { get; } = LoadShipped(AnswerabilityResource, EvidenceFeatures.Names);

    /// <summary>The log-odds: the linear score before the logistic function.</summary>
    public double Score(IReadOnlyList<double> values)
    {
        var z = Bias;
        for (var i = 0; i < values.Count; i++)
        {
            z += Weights[i] * (values[i] - Means[i]) / Scales[i];
        }

        return z;
    }

    /// <summary>The probability, from 0 to 1.</summary>
    public double Probability(IReadOnlyList<double> values) => 1 / (1 + Math.Exp(-Score(values)));

    public string ToJson() => JsonSerializer.Serialize(this, LinearModelJsonContext.Default.LinearModel);

    public static LinearModel FromJson(string json, IReadOnlyList<string> expectedFeatures)
    {
        var model = JsonSerializer.Deserialize(json, LinearModelJsonContext.Default.LinearModel)
            ?? throw new InvalidDataException("The model is empty.");
        if (!model.Features.SequenceEqual(expectedFeatures) || model.Weights.Count != model.Features.Count
            || model.Means.Count != model.Features.Count || model.Scales.Count != model.Features.Count)
        {
            throw new InvalidDataException($"The model is for the features [{string.Join(", ", model.Features)}], not [{string.Join(", ", expectedFeatures)}]: refit it.");
        }

        return model;
    }

    private static LinearModel LoadShipped(string resource, IReadOnlyList<string> features)
    {
        using var stream = typeof(LinearModel).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"The resource {resource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return FromJson(reader.ReadToEnd(), features);
    }
}

[JsonSerializable(typeof(LinearModel))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, WriteIndented = true)]
internal sealed partial class LinearModelJsonContext : JsonSerializerContext;
