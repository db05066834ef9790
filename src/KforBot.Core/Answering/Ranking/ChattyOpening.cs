using KforBot.Answering.Questions;
using KforBot.Search;

namespace KforBot.Answering.Ranking;

/// <summary>
/// The clauses a message opens with before it asks ("hello, sorry to bother you, who commands KFOR?"): leading
/// clauses, each ended by a comma, a colon, a dash or a sentence's end, none of whose words names anything the
/// articles speak of (each is either absent from every passage or no commoner in the articles than in general news,
/// and none is a name or a figure). Such a clause says nothing about the subject: the question is read from the clause
/// after it, so long as that part still names something the articles hold. Told from the articles and the news
/// background alone, whatever the words.
/// </summary>
internal static class ChattyOpening
{
    /// <summary>The question read from where it starts asking; the question itself when it has no opening.</summary>
    public static Question Skipped(Question question, IPassageIndexReader reader)
    {
        var from = AskedFrom(question, QuestionTerms.Of(question, reader));
        if (from == 0)
        {
            return question;
        }

        // The message is echoed as it was sent; its links were counted in it.
        return QuestionReader.Read(question.SearchText[from..]) with { Text = question.Text, Links = question.Links };
    }

    /// <summary>Where, in the question's search text, the first clause after its opening starts; 0 when it has none.</summary>
    internal static int AskedFrom(Question question, QuestionTerms terms)
    {
        var clauses = Clauses(question);
        var clauseOf = new Dictionary<int, int>();
        for (var c = 0; c < clauses.Count; c++)
        {
            foreach (var word in clauses[c])
            {
                clauseOf[word.Start] = c;
            }
        }

        var first = 0;
        while (first < clauses.Count - 1 && terms.Words.Where(w => clauseOf[w.Word.Start] == first).All(SaysNothingOfTheSubject))
        {
            first++;
        }

        return first > 0 && terms.Words.Any(w => clauseOf[w.Word.Start] >= first && NamesTheSubject(w)) ? clauses[first][0].Start : 0;
    }

    /// <summary>
    /// A word an opening may hold: an ordinary word no passage holds (nor, read as misspelt, any other word of the
    /// passages), or a word the articles use no more than general news does.
    /// </summary>
    private static bool SaysNothingOfTheSubject(WordTerms word) =>
        word.Word.Kind == WordKind.Framing || (word.Word.Kind == WordKind.Content && !word.IsInCorpus);

    private static bool NamesTheSubject(WordTerms word) => word.IsInCorpus && word.Word.Kind != WordKind.Framing;

    /// <summary>The message's words, stop words included, in clauses.</summary>
    private static List<List<QuestionWord>> Clauses(Question question)
    {
        var clauses = new List<List<QuestionWord>>();
        for (var i = 0; i < question.Words.Count; i++)
        {
            if (i == 0 || EndsAClause(question.SearchText.AsSpan(question.Words[i - 1].End, question.Words[i].Start - question.Words[i - 1].End)))
            {
                clauses.Add([]);
            }

            clauses[^1].Add(question.Words[i]);
        }

        return clauses;
    }

    private static bool EndsAClause(ReadOnlySpan<char> gap) => gap.IndexOfAny(",;:.!?–—") >= 0 || gap.IndexOf(" - ", StringComparison.Ordinal) >= 0;
}
