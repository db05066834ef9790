using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Answering.Reading;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// What the index and the model's reading say about whether the best passage answers the question, as numbers the
/// answerability model weighs. None of them looks at particular words: they measure closeness in meaning, shared
/// words weighted by rarity, names and figures found or missing (in the passage and in its best sentence), agreement
/// of the two rankings, the kind of answer given, and how closely the best sentence holds each of the question's words.
/// </summary>
internal sealed record EvidenceFeatures(
    double Meaning,
    double WordCoverage,
    double TopCoverage,
    double SpecificsMissing,
    double SpecificsOutsidePassage,
    double Agreement,
    double EvidenceMissing,
    double SentenceAlignment,
    double WeakestMatch,
    double PassageAlignment,
    double SpecificsOutsideSentence,
    double Hybrid)
{
    /// <summary>The names, in the order of <see cref="ToArray"/> (and of the model file).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "meaning", "wordCoverage", "topCoverage", "specificsMissing", "specificsOutsidePassage", "agreement", "evidenceMissing",
        "sentenceAlignment", "weakestMatch", "passageAlignment", "specificsOutsideSentence", "hybrid",
    ];

    /// <summary>
    /// The direction each feature argues in (+1 for answering, -1 against), in the order of <see cref="Names"/>: the fit
    /// keeps each weight to its sign or at zero.
    /// </summary>
    public static IReadOnlyList<int> Signs { get; } = [1, 1, 1, -1, -1, 1, -1, 1, 1, 1, -1, 1];

    /// <summary>How many of the best passages <see cref="TopCoverage"/> looks at.</summary>
    private const int TopPassages = 5;

    public double[] ToArray() =>
    [
        Meaning, WordCoverage, TopCoverage, SpecificsMissing, SpecificsOutsidePassage, Agreement, EvidenceMissing,
        SentenceAlignment, WeakestMatch, PassageAlignment, SpecificsOutsideSentence, Hybrid,
    ];

    internal static EvidenceFeatures Measure(
        QuestionTerms terms, IReadOnlyList<RankedPassage> ranked, PassageReading? reading, IPassageIndexReader reader, EvidenceNeeded? evidence)
    {
        var best = ranked[0];

        // The best passage is the first of the top ones: each passage's words are read once.
        var coveredInTop = ranked.Take(TopPassages).Select(p => Covered(terms, p, reader)).ToList();
        var covered = coveredInTop[0];
        var total = terms.Words.Sum(Weight);
        var specifics = terms.Words.Where(w => w.Word.Kind is WordKind.Name or WordKind.Number).ToList();
        var known = specifics.Where(w => w.IsInCorpus).ToList();
        var agreement = (0.5 / (1.0 + best.WordRank)) + (0.5 / (1.0 + best.MeaningRank));
        var topCoverage = coveredInTop.Max(c => Coverage(terms, c, total));
        var inSentence = reading is null ? covered : Held(terms, reader.Analyze(reading.SentenceText).Select(t => t.Term).ToHashSet(StringComparer.Ordinal));
        return new EvidenceFeatures(
            Meaning: best.Meaning,
            WordCoverage: Coverage(terms, covered, total),
            TopCoverage: topCoverage,
            SpecificsMissing: specifics.Any(w => !w.IsInCorpus) ? 1 : 0,
            SpecificsOutsidePassage: ShareOutside(known, covered),
            Agreement: agreement,
            EvidenceMissing: evidence is not null && !evidence.IsGivenBy(reading?.SentenceText ?? best.Passage.Text) ? 1 : 0,
            SentenceAlignment: reading?.SentenceAlignment ?? 0,
            WeakestMatch: reading?.WeakestMatch ?? 0,
            PassageAlignment: reading?.PassageAlignment ?? 0,
            SpecificsOutsideSentence: ShareOutside(known, inSentence),
            Hybrid: best.Score);
    }

    /// <summary>The question's words the passage holds, in its text, its heading or its article's title, outlet and date.</summary>
    public static HashSet<WordTerms> Covered(QuestionTerms terms, RankedPassage passage, IPassageIndexReader reader) =>
        Held(terms, TermsOf(passage.Passage, reader));

    /// <summary>The index terms of a passage's text, its heading and its article's title, outlet and date.</summary>
    public static HashSet<string> TermsOf(IndexedPassage passage, IPassageIndexReader reader) =>
        reader.Analyze(TextOf(passage, reader)).Select(t => t.Term).ToHashSet(StringComparer.Ordinal);

    /// <summary>What a passage says, with its heading and its article's title, outlet and date: all a reason may call held.</summary>
    public static string TextOf(IndexedPassage passage, IPassageIndexReader reader) =>
        $"{passage.Text}\n{passage.Heading}\n{reader.Articles.GetValueOrDefault(passage.ArticleId)?.Context}";

    // A name of several words ("Open Balkan") is held only when all its words are; another word, when any of its terms is.
    private static HashSet<WordTerms> Held(QuestionTerms terms, HashSet<string> held) =>
        terms.Words.Where(w => w.Word.Kind == WordKind.Name ? w.Terms.All(held.Contains) : w.Terms.Any(held.Contains)).ToHashSet();

    /// <summary>
    /// The share of the names and figures that a text does not hold, each weighed by its rarity: "KFOR" outside the
    /// sentence that answers says little (most passages are about KFOR), "German" outside it says the sentence may
    /// give another country's figure.
    /// </summary>
    private static double ShareOutside(List<WordTerms> specifics, HashSet<WordTerms> held)
    {
        var total = specifics.Sum(w => w.Weight);
        return total == 0 ? 0 : specifics.Where(w => !held.Contains(w)).Sum(w => w.Weight) / total;
    }

    /// <summary>The weighted share of the question's words a passage holds; a word no passage holds counts as not held.</summary>
    private static double Coverage(QuestionTerms terms, HashSet<WordTerms> covered, double total) =>
        total == 0 ? 0 : terms.Words.Where(covered.Contains).Sum(Weight) / total;

    /// <summary>Framing words ("role", "latest") say less about the subject than the others.</summary>
    private static double Weight(WordTerms word) => word.Word.Kind == WordKind.Framing ? word.Weight * 0.3 : word.Weight;
}
