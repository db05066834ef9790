using System.Text.RegularExpressions;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Corpus;

namespace KforBot.Answering.Training;

/// <summary>
/// Makes labelled questions from any corpus, the same ones every time for the same corpus and seed: answerable ones
/// built from passage sentences (how many / when / who / what did X say / keywords, over the sentence's names, figures
/// and dates), typed plainly, in lower case, with a typo or after a chatty opener; traps made by changing one
/// constraint (a name or a year taken from elsewhere in the corpus) or by asking for what the sentence does not hold (a
/// figure, a date, a deed); and out-of-scope ones made the same way from a background corpus of other news. A trap is
/// kept only when no passage of the corpus holds all of its constraints, so it has no answer there.
/// </summary>
internal sealed partial class QuestionGenerator
{
    private static readonly string[] Openers = ["hi! quick question: ", "hey, ", "hello, can you tell me ", "so ", "question: ", "pls "];

    private readonly List<Passage> _passages;
    private readonly List<HashSet<string>> _passageWords;
    private readonly Dictionary<string, int> _frequency = new(StringComparer.Ordinal);
    private readonly List<string> _names;
    private readonly List<string> _years;
    private readonly List<string> _contentWords;
    private readonly Random _random;

    public QuestionGenerator(IReadOnlyList<Passage> passages, int seed = 1)
    {
        _passages = [.. passages];
        _random = new Random(seed);
        _passageWords = _passages.Select(p => Words(p.Text)).ToList();
        foreach (var word in _passageWords.SelectMany(w => w))
        {
            _frequency[word] = _frequency.GetValueOrDefault(word) + 1;
        }

        var read = _passages.SelectMany(p => SentenceSplitter.Split(p.Text)).Select(QuestionReader.Read).ToList();
        _names = read.SelectMany(q => q.Words).Where(w => w.Kind == WordKind.Name).Select(w => w.Surface).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        _years = _passages.SelectMany(p => Year().Matches(p.Text).Select(m => m.Value)).Distinct().Order(StringComparer.Ordinal).ToList();
        _contentWords = read.SelectMany(q => q.Words).Where(w => w.Kind == WordKind.Content && w.Surface.Length >= 5 && w.Surface.All(char.IsLower))
            .Select(w => w.Surface).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Answerable questions and traps from every sentence of the corpus, and out-of-scope ones from the background texts.</summary>
    public List<GeneratedQuestion> Generate(IReadOnlyList<string> background, int perSentence = 2)
    {
        var questions = new List<GeneratedQuestion>();
        for (var p = 0; p < _passages.Count; p++)
        {
            foreach (var sentence in SentenceSplitter.Split(_passages[p].Text).Where(s => s.Length is >= 40 and <= 400))
            {
                var made = Answerable(sentence).ToList();
                foreach (var (text, template) in Pick(made, perSentence))
                {
                    // People ask with words of the story around the answer too: half the questions take one from a
                    // neighbouring passage of the same article.
                    var asked = _random.Next(2) == 0 && Context(p, sentence) is { } context ? $"{text.TrimEnd('?')} {context}?" : text;
                    questions.Add(Styled(asked, QuestionKind.Answerable, template, _passages[p], sentence));
                }

                foreach (var (text, template) in Pick(Traps(sentence, p).ToList(), perSentence))
                {
                    questions.Add(Styled(text, QuestionKind.Trap, template, _passages[p], sentence));
                }
            }
        }

        var wanted = questions.Count(q => q.Kind == QuestionKind.Trap);
        var outside = new Passage(string.Empty, 0, null, string.Empty, 0);
        foreach (var text in background)
        {
            if (questions.Count(q => q.Kind == QuestionKind.OutOfScope) >= wanted)
            {
                break;
            }

            var sentence = SentenceSplitter.Split(text).FirstOrDefault(s => s.Length is >= 40 and <= 400);
            if (sentence is null)
            {
                continue;
            }

            foreach (var (question, template) in Pick(Answerable(sentence).ToList(), 1))
            {
                // Half of them name a place, person or body of the corpus instead ("the population of Kosovo"): a
                // question about other things can use the corpus's names.
                var names = QuestionReader.Read(question).Words.Where(w => w.Kind == WordKind.Name).ToList();
                var asked = names.Count > 0 && _random.Next(2) == 0 && Choose(_names) is { } known
                    ? question.Replace(names[_random.Next(names.Count)].Surface, known, StringComparison.Ordinal)
                    : question;
                questions.Add(Styled(asked, QuestionKind.OutOfScope, template, outside, sentence));
            }
        }

        return questions;
    }

    /// <summary>Questions the sentence answers.</summary>
    private IEnumerable<(string Text, string Template)> Answerable(string sentence)
    {
        var words = QuestionReader.Read(sentence).Words;
        var names = words.Where(w => w.Kind == WordKind.Name).Select(w => w.Surface).Distinct(StringComparer.Ordinal).ToList();
        var keywords = Keywords(words, names);
        var subject = string.Join(' ', names.Take(1).Concat(keywords.Take(2)));
        if (subject.Length == 0)
        {
            yield break;
        }

        foreach (Match counted in CountedThing().Matches(sentence))
        {
            if (!Year().IsMatch(counted.Groups["n"].Value) && counted.Groups["thing"].Value.Length >= 4)
            {
                var things = counted.Groups["thing"].Value;
                yield return ($"How many {things} {string.Join(' ', names.Take(2).Concat(keywords.Where(k => k != things).Take(1)))}?", "figure");
                break;
            }
        }

        if (Year().IsMatch(sentence) || Figures.AnyDate(sentence))
        {
            yield return ($"When did {subject}?", "date");
        }

        var person = names.FirstOrDefault(n => n.Contains(' ', StringComparison.Ordinal) && n.Any(char.IsLower));
        if (person is not null)
        {
            yield return ($"Who is {person}?", "who");
            if (Said().IsMatch(sentence) && keywords.Count > 0)
            {
                yield return ($"What did {person} say about {keywords[0]}?", "said");
            }
        }

        if (keywords.Count >= 2)
        {
            yield return (string.Join(' ', names.Take(1).Concat(keywords.Take(3))), "keywords");
            yield return ($"What about {string.Join(' ', keywords.Take(2))} {string.Join(' ', names.Take(1))}?".Replace(" ?", "?", StringComparison.Ordinal), "what");
        }
    }

    /// <summary>A name or a rare word of a passage next to this one in its article that the sentence does not hold.</summary>
    private string? Context(int passage, string sentence)
    {
        var held = Words(sentence);
        var near = new[] { passage - 1, passage + 1 }.Where(n => n >= 0 && n < _passages.Count && _passages[n].ArticleId == _passages[passage].ArticleId);
        var options = near.SelectMany(n => SentenceSplitter.Split(_passages[n].Text))
            .SelectMany(s => QuestionReader.Read(s).Words)
            .Where(w => w.Kind is WordKind.Name or WordKind.Content && w.Surface.Length >= 4 && !held.Overlaps(Words(w.Surface)))
            .Select(w => w.Kind == WordKind.Name ? w.Surface : w.Surface.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return options.Count == 0 ? null : options[_random.Next(options.Count)];
    }

    /// <summary>Questions on the sentence's subject that no passage of the corpus answers.</summary>
    private IEnumerable<(string Text, string Template)> Traps(string sentence, int passage)
    {
        var words = QuestionReader.Read(sentence).Words;
        var names = words.Where(w => w.Kind == WordKind.Name).Select(w => w.Surface).Distinct(StringComparer.Ordinal).ToList();
        var keywords = Keywords(words, names);
        if (names.Count == 0 || keywords.Count == 0)
        {
            yield break;
        }

        // Another name of the same shape, from elsewhere in the corpus, in place of the sentence's.
        var name = names[_random.Next(names.Count)];
        var other = Choose(_names.Where(n => n.Contains(' ') == name.Contains(' ') && !_passageWords[passage].IsSupersetOf(Words(n))));
        if (other is not null && Unanswerable([other, keywords[0]]))
        {
            var counted = CountedThing().Match(sentence);
            yield return counted.Success && !Year().IsMatch(counted.Groups["n"].Value)
                ? ($"How many {counted.Groups["thing"].Value} {other}?", "name-swap")
                : ($"What did {other} {keywords[0]}?", "name-swap");
        }

        // The same subject in another year.
        if (Year().Match(sentence) is { Success: true } year && Choose(_years.Where(y => y != year.Value && !_passageWords[passage].Contains(y))) is { } otherYear
            && Unanswerable([name, keywords[0], otherYear]))
        {
            yield return ($"What did {name} {keywords[0]} in {otherYear}?", "year-swap");
        }

        // A deed the corpus never ties to this name.
        if (Choose(_contentWords.Where(w => !_passageWords[passage].Contains(Fold(w)))) is { } deed && Unanswerable([name, deed]))
        {
            yield return (_random.Next(3) switch
            {
                0 => $"When did {name} {deed}?",
                1 => $"Why did {name} {deed}?",
                _ => $"Who {deed} {name}?",
            }, "deed");
        }

        // A figure or a date the corpus does not give for this subject.
        var constraint = new[] { name, keywords[0] };
        if (!Figures.AnyCount(sentence) && !Passages(constraint).Any(p => Figures.AnyCount(_passages[p].Text)))
        {
            yield return ($"How many {keywords[0]} {name}?", "no-figure");
        }
        else if (!Figures.AnyDate(sentence) && !Passages(constraint).Any(p => Figures.AnyDate(_passages[p].Text)))
        {
            yield return ($"When did {name} {keywords[0]}?", "no-date");
        }
    }

    /// <summary>The sentence's rarest content words (rarest in the corpus first), then its other names.</summary>
    private List<string> Keywords(IReadOnlyList<QuestionWord> words, List<string> names) =>
        words.Where(w => w.Kind is WordKind.Content && w.Surface.Length >= 4)
            .Select(w => w.Surface.ToLowerInvariant())
            .Distinct(StringComparer.Ordinal)
            .OrderBy(w => _frequency.GetValueOrDefault(Fold(w)))
            .ThenBy(w => w, StringComparer.Ordinal)
            .ToList();

    private GeneratedQuestion Styled(string text, QuestionKind kind, string template, Passage passage, string sentence)
    {
        var style = _random.Next(4) switch { 0 => "lower", 1 => "typo", 2 => "chatty", _ => "plain" };
        var styled = style switch
        {
            "lower" => text.ToLowerInvariant().TrimEnd('?'),
            "typo" => Typo(text),
            "chatty" => Openers[_random.Next(Openers.Length)] + char.ToLowerInvariant(text[0]) + text[1..],
            _ => text,
        };
        return new GeneratedQuestion(styled, kind, template, style, passage.ArticleId, passage.Position, sentence);
    }

    /// <summary>Two letters of one longer word swapped, or one dropped.</summary>
    private string Typo(string text)
    {
        var words = text.Split(' ');
        var candidates = Enumerable.Range(0, words.Length).Where(i => words[i].Length >= 6 && words[i].All(char.IsLetter)).ToList();
        if (candidates.Count == 0)
        {
            return text;
        }

        var word = words[candidates[_random.Next(candidates.Count)]];
        var at = 1 + _random.Next(word.Length - 3);
        var changed = _random.Next(2) == 0 ? word[..at] + word[at + 1] + word[at] + word[(at + 2)..] : word[..at] + word[(at + 1)..];
        return string.Join(' ', words.Select(w => ReferenceEquals(w, word) ? changed : w));
    }

    private IEnumerable<(string Text, string Template)> Pick(List<(string Text, string Template)> made, int count) =>
        made.OrderBy(_ => _random.Next()).Take(count).ToList();

    private string? Choose(IEnumerable<string> options)
    {
        var list = options.ToList();
        return list.Count == 0 ? null : list[_random.Next(list.Count)];
    }

    /// <summary>No passage holds every word of every constraint.</summary>
    private bool Unanswerable(IEnumerable<string> constraints) => !Passages(constraints).Any();

    private IEnumerable<int> Passages(IEnumerable<string> constraints)
    {
        var needed = constraints.SelectMany(Words).ToHashSet(StringComparer.Ordinal);
        return Enumerable.Range(0, _passages.Count).Where(p => _passageWords[p].IsSupersetOf(needed));
    }

    private static HashSet<string> Words(string text) =>
        WordPattern().Matches(text).Select(m => Fold(m.Value)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Lower case, with a possessive's "'s" and a plural's "s" taken off: "Serbia’s" is "serbia", "soldiers" is "soldier".</summary>
    private static string Fold(string word)
    {
        var lower = Possessive.Without(word.ToLowerInvariant().Replace('’', '\''));
        return lower.Length > 4 && lower.EndsWith('s') ? lower[..^1] : lower;
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{Mn}'’-]*|\d[\d,.]*")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"\b(?:19|20)\d{2}\b")]
    private static partial Regex Year();

    [GeneratedRegex(@"(?<n>\d[\d,.]*)\s+(?:[a-z]+\s+)?(?<thing>[a-z]{4,})\b")]
    private static partial Regex CountedThing();

    [GeneratedRegex(@"\b(?:said|says|told|tells|stated|declared|added)\b|[""“”]")]
    private static partial Regex Said();
}
