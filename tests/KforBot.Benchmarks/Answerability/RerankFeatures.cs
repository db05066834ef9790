using KforBot.Answering;
using KforBot.Answering.Ranking;
using KforBot.Answering.Reading;

namespace KforBot.Benchmarks.Answerability;

/// <summary>
/// What a reranker would weigh for one candidate passage (measured by <c>fit-answering</c>, not shipped: fitted on these,
/// it ranked the development questions worse than the hybrid ranking): its hybrid score and its two parts, how closely its sentences
/// hold the question's words read piece by piece, and whether its best sentence gives the figure or date asked for.
/// None of them looks at particular words.
/// </summary>
internal sealed record RerankFeatures(double Hybrid, double Words, double Meaning, double SentenceAlignment, double PassageAlignment, double WeakestMatch, double GivesEvidence)
{
    public static IReadOnlyList<string> Names { get; } =
        ["hybrid", "words", "meaning", "sentenceAlignment", "passageAlignment", "weakestMatch", "givesEvidence"];

    public double[] ToArray() => [Hybrid, Words, Meaning, SentenceAlignment, PassageAlignment, WeakestMatch, GivesEvidence];

    internal static RerankFeatures Of(RankedPassage passage, PassageReading reading, EvidenceNeeded? evidence) => new(
        passage.Score, passage.Words, passage.Meaning, reading.SentenceAlignment, reading.PassageAlignment, reading.WeakestMatch,
        evidence is null ? 0.5 : evidence.IsGivenBy(reading.SentenceText) ? 1 : 0);
}
