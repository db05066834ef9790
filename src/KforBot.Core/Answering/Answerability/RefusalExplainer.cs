using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// Finds why the bot refuses, as what is true of the articles: a name or word none of them holds, the kind of
/// answer no passage gives, or what the closest passage lacks. The channels' formatters put it in words.
/// </summary>
internal static class RefusalExplainer
{
    /// <param name="question">The question read.</param>
    /// <param name="terms">Its subject words with their index terms.</param>
    /// <param name="candidates">The passages the ranking found, best first (empty when it found none).</param>
    /// <param name="reader">The index.</param>
    /// <param name="evidence">The evidence the question needs, if any.</param>
    public static Refusal Explain(
        Question question, QuestionTerms terms, IReadOnlyList<RankedPassage> candidates, IPassageIndexReader reader, EvidenceNeeded? evidence)
    {
        var best = candidates.Count > 0 ? candidates[0] : null;

        // The index's terms are analysed (synonyms contracted, stemmed): a word they miss may still stand in a passage's
        // text as written ("Free Europe" inside "Radio Free Europe"). A word that does is never called missing.
        var written = WrittenWords.In(candidates, reader);
        terms = terms with { Words = [.. terms.Words.Select(w => !w.IsInCorpus && written.Hold(w) ? w with { PassageCount = 1 } : w)] };
        var articleCount = reader.Summary.ArticleCount;
        var subject = terms.Words.Where(w => w.Word.Kind != WordKind.Framing).ToList();
        if (subject.Count == 0)
        {
            subject = [.. terms.Words];
        }

        if (subject.Count == 0)
        {
            return new Refusal(RefusalKind.NothingClose) { ArticleCount = articleCount };
        }

        subject = subject.Where(w => w.IsInCorpus || !written.InCitations(w)).ToList() is { Count: > 0 } unexplained ? unexplained : subject;
        var missingSpecifics = subject.Where(w => w.Word.Kind is WordKind.Name or WordKind.Number && !w.IsInCorpus).ToList();
        if (missingSpecifics.Count > 0)
        {
            return new Refusal(RefusalKind.NotMentioned) { ArticleCount = articleCount, Missing = Surfaces(missingSpecifics) };
        }

        var unknown = subject.Where(w => !w.IsInCorpus).ToList();
        var known = subject.Where(w => w.IsInCorpus).ToList();
        if (best is null || known.Count == 0)
        {
            return new Refusal(RefusalKind.NotMentioned) { ArticleCount = articleCount, Missing = Surfaces(unknown.Count > 0 ? unknown : subject) };
        }

        if (unknown.Count > 0)
        {
            return new Refusal(RefusalKind.PartlyMentioned) { ArticleCount = articleCount, Mentioned = Surfaces(known), Missing = Surfaces(unknown) };
        }

        if (evidence is not null && !evidence.IsGivenBy(best.Passage.Text))
        {
            return new Refusal(RefusalKind.NoEvidence) { ArticleCount = articleCount, Mentioned = Surfaces(known), Evidence = evidence.Kind };
        }

        var title = reader.Articles.GetValueOrDefault(best.Passage.ArticleId)?.Title ?? best.Passage.ArticleId;
        var covered = EvidenceFeatures.Covered(terms, best, reader);
        var held = known.Where(covered.Contains).ToList();
        var closest = EvidenceFeatures.TextOf(best.Passage, reader);
        var lacking = known.Where(w => !covered.Contains(w) && !WrittenWords.Holds(closest, w.Word.Surface)).ToList();
        if (held.Count > 0 && lacking.Count > 0)
        {
            return new Refusal(RefusalKind.ClosestLacks) { ArticleCount = articleCount, Mentioned = Surfaces(held), Missing = Surfaces(lacking), ClosestTitle = title };
        }

        return new Refusal(RefusalKind.NotCloseEnough) { ArticleCount = articleCount, Mentioned = Surfaces(known), ClosestTitle = title };
    }

    /// <summary>The question's subject words the passage (its text, heading and article's title, outlet and date) does not hold.</summary>
    public static List<WordTerms> NotHeld(QuestionTerms terms, RankedPassage passage, IPassageIndexReader reader)
    {
        var covered = EvidenceFeatures.Covered(terms, passage, reader);
        var written = EvidenceFeatures.TextOf(passage.Passage, reader);
        return terms.Words.Where(w => w.Word.Kind != WordKind.Framing && !covered.Contains(w) && !WrittenWords.Holds(written, w.Word.Surface)).ToList();
    }

    /// <summary>The evidence the question needs that the closest passage, shown as related, does not give; null when it gives it or none is needed.</summary>
    public static EvidenceKind? EvidenceMissing(RankedPassage closest, EvidenceNeeded? evidence) =>
        evidence is not null && !evidence.IsGivenBy(closest.Passage.Text) ? evidence.Kind : null;

    /// <summary>
    /// The question's names and figures that no passage holds, nor any article's title, outlet or date, nor any of the
    /// candidate passages as written.
    /// </summary>
    public static List<WordTerms> SpecificsNoArticleHolds(QuestionTerms terms, IReadOnlyList<RankedPassage> candidates, IPassageIndexReader reader)
    {
        var missing = terms.Words.Where(w => w.Word.Kind is WordKind.Name or WordKind.Number && !w.IsInCorpus).ToList();
        if (missing.Count == 0)
        {
            return missing;
        }

        var written = WrittenWords.In(candidates, reader);
        return missing.Where(w => !written.InCitations(w) && !written.Hold(w)).ToList();
    }

    private static List<string> Surfaces(IEnumerable<WordTerms> words) => [.. words.Select(w => w.Word.Surface)];
}
