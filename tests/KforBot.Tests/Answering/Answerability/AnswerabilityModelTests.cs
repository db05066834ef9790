using KforBot.Answering.Answerability;

namespace KforBot.Tests.Answering.Answerability;

public sealed class AnswerabilityModelTests
{
    private static readonly EvidenceFeatures Strong = new(
        Meaning: 0.8, WordCoverage: 1, TopCoverage: 1, SpecificsMissing: 0, SpecificsOutsidePassage: 0, Agreement: 1, EvidenceMissing: 0);

    [Fact]
    public void Shipped_ReadsTheCompiledModelForTheCurrentFeatures()
    {
        var model = AnswerabilityModel.Shipped;

        Assert.Equal(EvidenceFeatures.Names, model.Features);
        Assert.InRange(model.Threshold, 0.01, 0.99);
    }

    [Fact]
    public void Shipped_StrongEvidence_Answers() => Assert.True(AnswerabilityModel.Shipped.Answers(Strong));

    [Fact]
    public void Shipped_ANameNoArticleMentionsAndLittleCloseness_Refuses() =>
        Assert.False(AnswerabilityModel.Shipped.Answers(Strong with { Meaning = 0.5, WordCoverage = 0.2, TopCoverage = 0.2, SpecificsMissing = 1, Agreement = 0.2 }));

    [Theory]
    [InlineData(nameof(EvidenceFeatures.Meaning))]
    [InlineData(nameof(EvidenceFeatures.TopCoverage))]
    [InlineData(nameof(EvidenceFeatures.SpecificsMissing))]
    [InlineData(nameof(EvidenceFeatures.EvidenceMissing))]
    public void Shipped_WeakerEvidence_NeverRaisesTheProbability(string feature)
    {
        var model = AnswerabilityModel.Shipped;
        var weaker = feature switch
        {
            nameof(EvidenceFeatures.Meaning) => Strong with { Meaning = 0.5 },
            nameof(EvidenceFeatures.TopCoverage) => Strong with { TopCoverage = 0.2 },
            nameof(EvidenceFeatures.SpecificsMissing) => Strong with { SpecificsMissing = 1 },
            _ => Strong with { EvidenceMissing = 1 },
        };

        Assert.True(model.Probability(weaker) < model.Probability(Strong), feature);
    }

    [Fact]
    public void FromJson_ModelForOtherFeatures_IsRefusedWithAMessageToRefit()
    {
        var json = AnswerabilityModel.Shipped.ToJson().Replace("\"meaning\"", "\"closeness\"", StringComparison.Ordinal);

        var error = Assert.Throws<InvalidDataException>(() => AnswerabilityModel.FromJson(json));

        Assert.Contains("refit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ToJson_FromJson_RoundTrips()
    {
        var model = AnswerabilityModel.Shipped;

        var copy = AnswerabilityModel.FromJson(model.ToJson());

        Assert.Equal(model.Probability(Strong), copy.Probability(Strong), 12);
    }
}
