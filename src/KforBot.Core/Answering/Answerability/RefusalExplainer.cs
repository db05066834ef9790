using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;

namespace KforBot.Answering.Answerability;

/// <summary>
/// Says why the bot refuses, in words that are true of the articles: a name or word none of them holds, the kind of
/// answer no passage gives, or what the closest passage lacks.
/// </summary>
public static class RefusalExplainer
{
    private const int MaxNamedWords = 4;

    public static string Explain(
        Question question, QuestionTerms terms, RankedPassage? best, IPassageIndexReader reader, Func<string, bool>? gives)
    {
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
        var lacking = known.Where(w => !covered.Contains(w)).ToList();
        if (held.Count > 0 && lacking.Count > 0)
        {
            return $"The closest passage (from “{title}”) speaks of {Quote(held, "and")} but not of {Quote(lacking)}, and no passage answers your question closely enough to be quoted.";
        }

        return $"My articles speak of {Quote(known, "and")}, but the closest passage (from “{title}”) does not answer your question closely enough to be quoted.";
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
