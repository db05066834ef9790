using KforBot.Search;

namespace KforBot.Answering.Ranking;

/// <summary>
/// Ranks passages by words and by meaning together. BM25 finds the passages that share the question's words; the
/// embedding model finds those that mean the same in other words ("send" for "contribute", typos). Each score is
/// divided by the best candidate's (the cosine after the weakest candidate's is taken off), and the two are mixed
/// with a weight fitted on the development questions (README "How an answer is made").
/// </summary>
internal static class HybridRanker
{
    /// <param name="reader">The index.</param>
    /// <param name="terms">The question's words, read against the articles.</param>
    /// <param name="questionVector">The question's unit vector.</param>
    /// <param name="options">The weights.</param>
    /// <param name="evidence">What a passage must give to answer the question, or null.</param>
    /// <param name="personAsked">For a "who" question, its words (<see cref="PersonNames.AskedBy"/>): a passage naming someone else ranks higher. Null otherwise.</param>
    public static List<RankedPassage> Rank(
        IPassageIndexReader reader, QuestionTerms terms, float[] questionVector, AnsweringOptions options, EvidenceNeeded? evidence, IReadOnlySet<string>? personAsked = null)
    {
        var byWords = reader.SearchTerms(terms.All, options.CandidatePassages);
        var byMeaning = reader.SearchMeaning(questionVector, options.CandidatePassages);
        var wordRank = new Dictionary<int, (int Rank, float Score)>();
        for (var i = 0; i < byWords.Count; i++)
        {
            wordRank[byWords[i].Ordinal] = (i, byWords[i].Score);
        }

        var meaningRank = new Dictionary<int, int>();
        for (var i = 0; i < byMeaning.Count; i++)
        {
            meaningRank[byMeaning[i].Ordinal] = i;
        }

        var candidates = wordRank.Keys.Union(meaningRank.Keys).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        var bestWords = byWords.Count > 0 ? byWords[0].Score : 1f;

        // The meaning search gave its passages' cosines already; only those found by words alone are scored here.
        var closeness = byMeaning.ToDictionary(hit => hit.Ordinal, hit => hit.Score);
        foreach (var ordinal in wordRank.Keys.Where(o => !closeness.ContainsKey(o)))
        {
            closeness[ordinal] = reader.Closeness(questionVector, ordinal);
        }

        var (floor, top) = (closeness.Values.Min(), closeness.Values.Max());
        var spread = Math.Max(top - floor, 1e-6f);
        var ranked = new List<RankedPassage>(candidates.Count);
        foreach (var ordinal in candidates)
        {
            var passage = reader.Passage(ordinal);
            var inWords = wordRank.TryGetValue(ordinal, out var w);
            var words = inWords ? w.Score / bestWords : 0.0;
            var meaning = (closeness[ordinal] - floor) / spread;
            var score = (options.WordsWeight * words) + ((1 - options.WordsWeight) * meaning);
            if (evidence is not null && evidence.IsGivenBy(passage.Text))
            {
                score *= 1 + options.EvidenceBoost;
            }

            if (personAsked is not null && PersonNames.NameSomeoneElse(passage.Text, personAsked))
            {
                score *= 1 + options.PersonBoost;
            }

            ranked.Add(new RankedPassage(passage, score, words, closeness[ordinal], inWords ? w.Rank : int.MaxValue, meaningRank.GetValueOrDefault(ordinal, int.MaxValue)));
        }

        ranked.Sort((a, b) => b.Score.CompareTo(a.Score));
        return ranked;
    }
}
