using KforBot.Answering;
using KforBot.Answering.Answerability;

namespace KforBot.Tests.Answering.Answerability;

public sealed class AnswerabilityModelTests
{
    private static readonly EvidenceFeatures Strong = new(
        Meaning: 0.8, WordCoverage: 1, TopCoverage: 1, SpecificsMissing: 0, SpecificsOutsidePassage: 0, Agreement: 1, EvidenceMissing: 0,
        SentenceAlignment: 0.95, WeakestMatch: 0.9, PassageAlignment: 0.95, SpecificsOutsideSentence: 0, Hybrid: 0.95);

    [Fact]
    public void Shipped_ReadsTheCompiledModelForTheCurrentFeatures()
    {
        Assert.Equal(EvidenceFeatures.Names, LinearModel.Answerability.Features);
        Assert.InRange(LinearModel.Answerability.Threshold, 0.01, 0.99);
    }

    [Fact]
    public void Shipped_StrongEvidence_Answers() =>
        Assert.True(LinearModel.Answerability.Probability(Strong.ToArray()) >= LinearModel.Answerability.Threshold);

    [Fact]
    public void Shipped_ANameNoArticleMentionsAndLittleCloseness_Refuses()
    {
        var weak = Strong with
        {
            Meaning = 0.5, WordCoverage = 0.2, TopCoverage = 0.2, SpecificsMissing = 1, Agreement = 0.2, SentenceAlignment = 0.5, WeakestMatch = 0.3,
            PassageAlignment = 0.5, SpecificsOutsideSentence = 1, Hybrid = 0.1,
        };

        Assert.True(LinearModel.Answerability.Probability(weak.ToArray()) < LinearModel.Answerability.Threshold);
    }

    [Fact]
    public void Shipped_EveryAnswerabilityWeight_ArguesInItsFeaturesDirectionOrNotAtAll()
    {
        var model = LinearModel.Answerability;
        for (var j = 0; j < EvidenceFeatures.Signs.Count; j++)
        {
            Assert.True(model.Weights[j] * EvidenceFeatures.Signs[j] >= 0, $"{model.Features[j]}: {model.Weights[j]}");
        }
    }

    [Fact]
    public void FromJson_ModelForOtherFeatures_IsRefusedWithAMessageToRefit()
    {
        var json = LinearModel.Answerability.ToJson().Replace("\"meaning\"", "\"closeness\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => LinearModel.FromJson(json, EvidenceFeatures.Names));

        Assert.Contains("refit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_FromJson_RoundTrips()
    {
        var model = LinearModel.Answerability;

        var copy = LinearModel.FromJson(model.ToJson(), EvidenceFeatures.Names);

        Assert.Equal(model.Probability(Strong.ToArray()), copy.Probability(Strong.ToArray()), 12);
    }
}
