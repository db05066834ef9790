using KforBot.Answering.Questions;
using KforBot.Search;
using KforBot.Search.Lucene;
using KforBot.Search.Spelling;

namespace KforBot.Answering.Ranking;

/// <summary>
/// The index terms of a question's subject words, each with the word it came from and how rare it is. The whole
/// question is analysed at once, so a synonym rule of several words ("United States") still applies.
/// </summary>
internal sealed record QuestionTerms(IReadOnlyList<WordTerms> Words, int PassageCount)
{
    /// <summary>The share of news stories from which a word no passage holds counts as everyday English.</summary>
    private const double EverydayShare = 1 / 50.0;

    public static QuestionTerms Of(Question question, IPassageIndexReader reader)
    {
        var subject = question.Subject.ToList();
        var terms = new List<string>[subject.Count];
        var whole = reader.Analyze(question.SearchText);
        foreach (var term in whole)
        {
            var owner = subject.FindIndex(w => term.Start < w.End && term.End > w.Start);
            if (owner >= 0 && !(terms[owner] ??= []).Contains(term.Term))
            {
                terms[owner].Add(term.Term);
            }
        }

        // A synonym rule of several words gives its terms the offsets of the words it replaced in order, not their
        // own: "commander of kfor" becomes "kfor" at "commander" and "command" at "of". A word whose own terms the
        // question's analysis holds keeps those, wherever they stand.
        var held = whole.Select(t => t.Term).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < subject.Count; i++)
        {
            var own = reader.Analyze(subject[i].Surface).Select(t => t.Term).Where(held.Contains).Distinct(StringComparer.Ordinal).ToList();
            if (own.Count > 0)
            {
                terms[i] = own;
            }
        }

        var passages = reader.Summary.PassageCount;
        var words = new List<WordTerms>();
        for (var i = 0; i < subject.Count; i++)
        {
            if (terms[i] is not { Count: > 0 } found)
            {
                continue;
            }

            // A name of several words is in the articles only where a passage holds all of them: "Open Balkan" is not
            // there because "Balkans" is. Another word counts as its commonest term.
            var frequency = subject[i].Kind == WordKind.Name ? reader.PassagesContainingAll(found) : found.Max(reader.PassagesContaining);
            string? corrected = null;

            // A misspelt word ("amercan", "soliders") is read as the passages' word closest to it; a name no passage
            // holds is not: "Kurti" must not become another name.
            if (frequency == 0 && subject[i].Kind is WordKind.Content or WordKind.Framing && reader.CorrectSpelling(subject[i].Surface) is { } correction)
            {
                var correctedTerms = reader.Analyze(correction).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
                if (correctedTerms.Count > 0)
                {
                    (found, frequency, corrected) = (correctedTerms, correctedTerms.Max(reader.PassagesContaining), correction);
                }
            }

            // An acronym no passage writes ("JFC", "cpac") is read as the phrase of the passages that spells it ("Joint
            // Force Command"), a name, when a passage holds all of its words.
            var read = subject[i];
            if (frequency == 0 && ReadAcronyms(subject[i].Surface, reader) is { } phrase && Held(phrase, reader) is { } spelt)
            {
                (found, frequency, corrected, read) = (spelt.Terms, spelt.Passages, phrase, subject[i] with { Kind = WordKind.Name });
            }

            // A name the question spells out and no passage holds ("Joint Force Command") is read as its acronym, when
            // the passages write that acronym as a name ("JFC").
            if (frequency == 0 && subject[i].Kind == WordKind.Name && Initials(subject[i].Surface) is { } initials && reader.WritesAsName(initials)
                && Held(initials, reader) is { } written)
            {
                (found, frequency, corrected) = (written.Terms, written.Passages, initials);
            }

            // A figure is written with separators of thousands or without ("4600", "4,600"): one no passage holds is read
            // as the other writing, when a passage holds that.
            if (frequency == 0 && subject[i].Kind == WordKind.Number && Figures.OtherWriting(subject[i].Surface) is { } other && Held(other, reader) is { } figure)
            {
                (found, frequency, corrected) = (figure.Terms, figure.Passages, other);
            }

            // The reader frames a word asking for a figure ("size", "big" in "how big"): no passage holding it is a gap
            // only as the figure is. A word the passages hold is judged like any other.
            var kind = read.Kind == WordKind.Framing && frequency > 0 ? WordKind.Content : read.Kind;
            var word = kind switch
            {
                // A name typed in lower case ("turkey", "barduani") is asked about as the name the passages write.
                WordKind.Content or WordKind.Framing when reader.WritesAsName(corrected ?? read.Surface) => read with { Kind = WordKind.Name },
                WordKind.Content when IsGeneral(found, reader, passages) => read with { Kind = WordKind.Framing },
                _ => read with { Kind = kind },
            };
            words.Add(new WordTerms(word, found, frequency, Idf(frequency, passages)) { Correction = corrected });
        }

        return new QuestionTerms(words, passages);
    }

    /// <summary>Every distinct term, for the BM25 query.</summary>
    public IReadOnlyCollection<string> All => Words.SelectMany(w => w.Terms).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// The word with each acronym no passage holds written as the phrase that spells it; null when there is none. An
    /// acronym is two to six capitals ("JFC"), or three to six lower-case letters that are no English word (one of the
    /// model's whole words): "cpac" may be typed for "CPAC", "can" never stands for one.
    /// </summary>
    private static string? ReadAcronyms(string surface, IPassageIndexReader reader)
    {
        var read = false;
        var words = surface.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            var written = Possessive.Without(words[i]);
            var acronym = written.Length is >= 3 and <= Acronyms.MaxWords && written.All(char.IsAsciiLetterLower) && !KnownWords.Contains(written) ? written.ToUpperInvariant() : written;
            if (reader.Analyze(written).All(t => reader.PassagesContaining(t.Term) == 0) && reader.AcronymPhrase(acronym) is { } phrase)
            {
                (words[i], read) = (phrase, true);
            }
        }

        return read ? string.Join(' ', words) : null;
    }

    /// <summary>The initials of a name of two to six capitalised words ("Joint Force Command": "JFC"), or null.</summary>
    private static string? Initials(string surface)
    {
        var words = surface.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= Acronyms.MaxWords && words.All(w => char.IsUpper(w[0])) ? Acronyms.Letters(words) : null;
    }

    /// <summary>
    /// The index terms of a word read another way (an acronym as its phrase, a name as its initials, a figure with or
    /// without separators of thousands) and how many passages hold all of them; null when none does.
    /// </summary>
    private static (List<string> Terms, int Passages)? Held(string writing, IPassageIndexReader reader)
    {
        var terms = reader.Analyze(writing).Select(t => t.Term).Distinct(StringComparer.Ordinal).ToList();
        var passages = terms.Count == 0 ? 0 : reader.PassagesContainingAll(terms);
        return passages > 0 ? (terms, passages) : null;
    }

    /// <summary>
    /// A word the articles use no more often than general news does ("total", "group", "new") frames the question
    /// rather than naming its subject. A word no passage holds gives no rate to compare: it frames the question only
    /// when it is everyday English (in one news story in fifty or more: "set", "charge", "lead"); otherwise its absence
    /// counts ("weather", "poem").
    /// </summary>
    private static bool IsGeneral(IReadOnlyList<string> terms, IPassageIndexReader reader, int passages) =>
        terms.All(term => reader.PassagesContaining(term) is var holding and > 0
            ? (holding + 0.5) / (passages + 1.0) < BackgroundTerms.Share(term)
            : BackgroundTerms.Share(term) >= EverydayShare);

    /// <summary>How rare a term is; a term no passage holds weighs most.</summary>
    private static double Idf(int passagesWithTerm, int passages) => Math.Log(1 + ((passages + 1.0) / (passagesWithTerm + 1.0)));
}

/// <summary>A subject word of the question, its index terms, how many passages hold the commonest of them, and its weight.</summary>
internal sealed record WordTerms(QuestionWord Word, IReadOnlyList<string> Terms, int PassageCount, double Weight)
{
    /// <summary>The passages' word this one was read as, when it was misspelt.</summary>
    public string? Correction { get; init; }

    public bool IsInCorpus => PassageCount > 0;
}
