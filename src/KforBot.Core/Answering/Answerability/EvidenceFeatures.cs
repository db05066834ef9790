using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// What the index says about whether the best passage answers the question, as numbers the answerability model
/// weighs. None of them looks at particular words: they measure closeness in meaning, shared words weighted by
/// rarity, names and figures found or missing, agreement of the two rankings, and the kind of answer given.
/// </summary>
public sealed record EvidenceFeatures(
    double Meaning,
    double StandsOut,
    double WordCoverage,
    double SpecificsMissing,
    double SpecificsOutsidePassage,
    double UnknownWords,
    double Agreement,
    double EvidenceMissing)
{
    /// <summary>The names, in the order of <see cref="ToArray"/> (and of the model file).</summary>
    public static IReadOnlyList<string> Names { get; } =
        ["meaning", "standsOut", "wordCoverage", "specificsMissing", "specificsOutsidePassage", "unknownWords", "agreement", "evidenceMissing"];

    /// <summary>How many of the closest passages the best one is compared with for <see cref="StandsOut"/>.</summary>
    private const int Neighbourhood = 20;

    public double[] ToArray() =>
        [Meaning, StandsOut, WordCoverage, SpecificsMissing, SpecificsOutsidePassage, UnknownWords, Agreement, EvidenceMissing];

    /// <summary>Candidate features under study, printed by the fitting command; not in the model.</summary>
    public IReadOnlyDictionary<string, double> Extra { get; init; } = new Dictionary<string, double>();

    public static EvidenceFeatures Measure(
        Question question, QuestionTerms terms, IReadOnlyList<RankedPassage> ranked, IPassageIndexReader reader, Func<string, bool>? gives)
    {
        var best = ranked[0];
        var neighbours = ranked.Select(p => p.Meaning).OrderDescending().Take(Neighbourhood).ToList();
        var covered = Covered(terms, best, reader);
        var total = terms.Words.Sum(Weight);
        var knownTotal = terms.Words.Where(w => w.IsInCorpus).Sum(Weight);
        var specifics = terms.Words.Where(w => w.Word.Kind is WordKind.Name or WordKind.Number).ToList();
        var known = specifics.Where(w => w.IsInCorpus).ToList();
        var agreement = (0.5 / (1.0 + best.WordRank)) + (0.5 / (1.0 + best.MeaningRank));
        var all = ranked.Select(p => (double)p.Meaning).ToList();
        var mean = all.Average();
        var sd = Math.Sqrt(all.Average(v => (v - mean) * (v - mean)));
        var maxIdf = Math.Log(1 + terms.PassageCount + 1.0);
        var missing = terms.Words.Where(w => w.IsInCorpus && !covered.Contains(w) && w.Word.Kind != WordKind.Framing).ToList();
        var coverages = ranked.Take(5).Select(p => { var c = Covered(terms, p, reader); return knownTotal == 0 ? 0 : terms.Words.Where(c.Contains).Sum(Weight) / knownTotal; }).ToList();
        var extra = new Dictionary<string, double>
        {
            ["z"] = sd == 0 ? 0 : (best.Meaning - mean) / sd,
            ["maxMissingIdf"] = missing.Count == 0 ? 0 : missing.Max(w => w.Weight) / maxIdf,
            ["maxUnknownIdf"] = terms.Words.Where(w => !w.IsInCorpus && w.Word.Kind != WordKind.Framing).Select(w => w.Weight / maxIdf).DefaultIfEmpty(0).Max(),
            ["gap2"] = ranked.Count > 1 ? best.Meaning - ranked.Skip(1).Max(p => p.Meaning) : 0,
            ["topCoverage"] = coverages.Max(),
            ["bestWords"] = best.Words,
            ["wordRank0"] = best.WordRank == 0 ? 1 : 0,
            ["meaningRank0"] = best.MeaningRank == 0 ? 1 : 0,
            ["maxMeaning"] = all.Max(),
            ["nKnown"] = terms.Words.Count(w => w.IsInCorpus),
            ["nUnknown"] = terms.Words.Count(w => !w.IsInCorpus),
            ["specificsOutsideW"] = known.Count == 0 ? 0 : known.Where(w => !covered.Contains(w)).Sum(w => w.Weight) / known.Sum(w => w.Weight),
        };
        return new EvidenceFeatures(
            Meaning: best.Meaning,
            StandsOut: best.Meaning - neighbours.Average(),
            WordCoverage: knownTotal == 0 ? 0 : terms.Words.Where(covered.Contains).Sum(Weight) / knownTotal,
            SpecificsMissing: specifics.Any(w => !w.IsInCorpus) ? 1 : 0,
            SpecificsOutsidePassage: known.Count == 0 ? 0 : (double)known.Count(w => !covered.Contains(w)) / known.Count,
            UnknownWords: total == 0 ? 0 : terms.Words.Where(w => !w.IsInCorpus).Sum(Weight) / total,
            Agreement: agreement,
            EvidenceMissing: gives is not null && !gives(best.Passage.Text) ? 1 : 0) { Extra = extra };
    }

    /// <summary>The question's words the passage holds, in its text, its heading or its article's title.</summary>
    public static HashSet<WordTerms> Covered(QuestionTerms terms, RankedPassage passage, IPassageIndexReader reader)
    {
        var title = reader.Articles.GetValueOrDefault(passage.Passage.ArticleId)?.Title ?? string.Empty;
        var held = reader.Analyze($"{passage.Passage.Text}\n{passage.Passage.Heading}\n{title}").Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        return terms.Words.Where(w => w.Terms.Any(held.Contains)).ToHashSet();
    }

    /// <summary>Framing words ("role", "latest") say less about the subject than the others.</summary>
    private static double Weight(WordTerms word) => word.Word.Kind == WordKind.Framing ? word.Weight * 0.3 : word.Weight;
}
