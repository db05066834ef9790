using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// Says why the bot refuses, in words that are true of the articles: a name or word none of them holds, the kind of
/// answer no passage gives, or what the closest passage lacks.
/// </summary>
internal static class RefusalExplainer
{
    private const int MaxNamedWords = 4;

    /// <param name="question">The question read.</param>
    /// <param name="terms">Its subject words with their index terms.</param>
    /// <param name="candidates">The passages the ranking found, best first (empty when it found none).</param>
    /// <param name="reader">The index.</param>
    /// <param name="gives">The evidence the question needs, if any.</param>
    public static string Explain(
        Question question, QuestionTerms terms, IReadOnlyList<RankedPassage> candidates, IPassageIndexReader reader, Func<string, bool>? gives)
    {
        var best = candidates.Count > 0 ? candidates[0] : null;

        // The index's terms are analysed (synonyms contracted, stemmed): a word they miss may still stand in a passage's
        // text as written ("Free Europe" inside "Radio Free Europe"). A word that does is never called missing.
        var written = WrittenWords.In(candidates, reader);
        terms = terms with { Words = [.. terms.Words.Select(w => !w.IsInCorpus && written.Hold(w) ? w with { PassageCount = 1 } : w)] };
        var articleCount = reader.Summary.ArticleCount;
        var articles = articleCount == 1 ? "my only article" : $"my {articleCount} articles";
        var subject = terms.Words.Where(w => w.Word.Kind != WordKind.Framing).ToList();
        if (subject.Count == 0)
        {
            subject = [.. terms.Words];
        }

        if (subject.Count == 0)
        {
            return $"No passage of {articles} speaks of what you ask closely enough to be quoted.";
        }

        subject = subject.Where(w => w.IsInCorpus || !written.InCitations(w)).ToList() is { Count: > 0 } unexplained ? unexplained : subject;
        var missingSpecifics = subject.Where(w => w.Word.Kind is WordKind.Name or WordKind.Number && !w.IsInCorpus).ToList();
        if (missingSpecifics.Count > 0)
        {
            return $"None of {articles} mentions {Quote(missingSpecifics)}.";
        }

        var unknown = subject.Where(w => !w.IsInCorpus).ToList();
        var known = subject.Where(w => w.IsInCorpus).ToList();
        if (best is null || known.Count == 0)
        {
            return $"None of {articles} mentions {Quote(unknown.Count > 0 ? unknown : subject)}.";
        }

        if (unknown.Count > 0)
        {
            return $"My articles mention {Quote(known, "and")}, but none of them mentions {Quote(unknown)}.";
        }

        if (gives is not null && !gives(best.Passage.Text))
        {
            return $"None of the passages of {articles} about {Quote(known, "and")} gives {EvidenceNeeded.Describe(question)} for what you ask.";
        }

        var title = reader.Articles.GetValueOrDefault(best.Passage.ArticleId)?.Title ?? best.Passage.ArticleId;
        var covered = EvidenceFeatures.Covered(terms, best, reader);
        var held = known.Where(covered.Contains).ToList();
        var lacking = known.Where(w => !covered.Contains(w) && !WrittenWords.Holds($"{best.Passage.Text}\n{title}", w.Word.Surface)).ToList();
        if (held.Count > 0 && lacking.Count > 0)
        {
            return $"The closest passage (from “{title}”) speaks of {Quote(held, "and")} but not of {Quote(lacking)}, and no passage answers your question closely enough to be quoted.";
        }

        return $"My articles speak of {Quote(known, "and")}, but the closest passage (from “{title}”) does not answer your question closely enough to be quoted.";
    }

    /// <summary>The question's subject words the passage (its text, heading and article title) does not hold.</summary>
    public static List<WordTerms> NotHeld(QuestionTerms terms, RankedPassage passage, IPassageIndexReader reader)
    {
        var covered = EvidenceFeatures.Covered(terms, passage, reader);
        var written = $"{passage.Passage.Text}\n{reader.Articles.GetValueOrDefault(passage.Passage.ArticleId)?.Title}";
        return terms.Words.Where(w => w.Word.Kind != WordKind.Framing && !covered.Contains(w) && !WrittenWords.Holds(written, w.Word.Surface)).ToList();
    }

    /// <summary>Why the closest passages, shown after this reason, are related rather than an answer.</summary>
    public static string ExplainRelated(Question question, IReadOnlyList<WordTerms> notInClosest, RankedPassage closest, Func<string, bool>? gives)
    {
        var lead = "My sources don't say that.";
        if (notInClosest.Count > 0)
        {
            return $"{lead} The closest passage does not mention {Quote(notInClosest)}; this is as close as they come:";
        }

        if (gives is not null && !gives(closest.Passage.Text))
        {
            return $"{lead} The closest passage gives no {EvidenceNeeded.Describe(question)[2..]} for what you ask; this is as close as they come:";
        }

        return $"{lead} No passage answers your question closely enough to be quoted as an answer; this is as close as they come:";
    }

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

    private static string Quote(IReadOnlyList<WordTerms> words, string conjunction = "or")
    {
        var labels = words.Select(w => $"“{w.Word.Surface}”").Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var shown = labels.Take(MaxNamedWords).ToList();
        if (labels.Count > MaxNamedWords)
        {
            shown.Add($"{labels.Count - MaxNamedWords} more");
        }

        return shown.Count switch
        {
            1 => shown[0],
            2 => $"{shown[0]} {conjunction} {shown[1]}",
            _ => string.Join(", ", shown[..^1]) + $" {conjunction} " + shown[^1],
        };
    }
}
