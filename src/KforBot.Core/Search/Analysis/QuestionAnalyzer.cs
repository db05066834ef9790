using System.Text;

namespace KforBot.Search.Analysis;

/// <summary>
/// Turns a person's question into term groups: stop words dropped, synonyms and spelling variants added,
/// figures kept whole ("5,000"), and each group marked as a name, a number, a framing word or a content word.
/// Any input is accepted; nothing of it ever reaches a query language unescaped.
/// </summary>
public static class QuestionAnalyzer
{
    /// <summary>Only the start of a very long message is analysed (documented in README).</summary>
    public const int MaxQuestionLength = 2_000;

    /// <summary>More groups than this add nothing to ranking and only slow the search.</summary>
    public const int MaxGroups = 24;

    public static AnalyzedQuestion Analyze(string? question, SynonymMap synonyms)
    {
        var text = Clean(question ?? string.Empty);
        var tokens = TextTokenizer.Tokenize(text, maxTokens: 400);
        var isGreeting = tokens.Count > 0
            && tokens.All(t => WordLists.GreetingWords.Contains(t.Folded))
            && tokens.Any(t => WordLists.GreetingCores.Contains(t.Folded));
        var asksForFigure = AsksForFigure(tokens);
        var groups = new List<QueryTermGroup>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var sentenceStarts = SentenceStarts(text, tokens);

        var consumed = new HashSet<int>();
        for (var i = 0; i < tokens.Count && groups.Count < MaxGroups;)
        {
            if (consumed.Contains(i))
            {
                i++;
                continue;
            }

            var (group, used) = ReadGroup(text, tokens, i, synonyms, sentenceStarts, consumed);
            i += used;
            if (group is not null && seen.Add(string.Join('|', group.Alternatives.Select(a => a.Key).Order(StringComparer.Ordinal))))
            {
                groups.Add(group);
            }
        }

        // "Who are you?", "What can you do?", "help me": nothing to search, but a request for the help text.
        isGreeting |= groups.Count == 0 && tokens.Any(t => t.Folded is "you" or "yourself" or "help");
        return new AnalyzedQuestion(text, groups, isGreeting, asksForFigure, AsksForDefinition(tokens, groups))
        {
            AsksForDuration = tokens.Any(t => t.Folded is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "long"),
            AsksForDate = tokens.Count > 1 && (tokens[0].Folded == "when" || (tokens[0].Folded is "what" or "which" && tokens[1].Folded is "year" or "date" or "month" or "day")),
        };
    }

    /// <summary>Removes control characters (NUL included) and caps the length, keeping whole surrogate pairs.</summary>
    public static string Clean(string question)
    {
        var builder = new StringBuilder(Math.Min(question.Length, MaxQuestionLength));
        foreach (var c in question)
        {
            if (builder.Length >= MaxQuestionLength)
            {
                break;
            }

            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

        // A lone surrogate (broken UTF-16 from a client) would make the text unencodable: replace it.
        for (var i = 0; i < builder.Length; i++)
        {
            if (char.IsHighSurrogate(builder[i]) && i + 1 < builder.Length && char.IsLowSurrogate(builder[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(builder[i]))
            {
                builder[i] = '\uFFFD';
            }
        }

        return string.Join(' ', builder.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (QueryTermGroup? Group, int Used) ReadGroup(
        string text, List<Token> tokens, int index, SynonymMap synonyms, HashSet<int> sentenceStarts, HashSet<int> consumed)
    {
        var token = tokens[index];

        // The pronoun "us" is a stop word; "US" and "U.S." are the country.
        var pronounUs = token.Folded == "us" && token.Shape != TokenShape.AllCapitals;
        for (var length = Math.Min(synonyms.LongestEntry, tokens.Count - index); length >= 1 && !pronounUs; length--)
        {
            var span = tokens.GetRange(index, length);
            var alternatives = synonyms.Find(string.Join(' ', span.Select(t => t.Term)));
            if (alternatives is not null)
            {
                return (new QueryTermGroup(Surface(text, span), alternatives, KindOf(span, index, sentenceStarts)), length);
            }
        }

        var figure = FigureLength(text, tokens, index);
        if (figure > 1)
        {
            var span = tokens.GetRange(index, figure);
            return (new QueryTermGroup(Surface(text, span), [TermSequence.FromTokens(span)], TermKind.Number), figure);
        }

        if (IsStopWord(token) || pronounUs)
        {
            return (null, 1);
        }

        if (PhrasalVerb(tokens, index, synonyms) is { } phrasal)
        {
            consumed.Add(phrasal.Particle);
            var label = $"{Surface(text, [token])} … {Surface(text, [tokens[phrasal.Particle]])}";
            return (new QueryTermGroup(label, phrasal.Alternatives, TermKind.Content), 1);
        }

        if (IsPersonName(text, tokens, index, sentenceStarts))
        {
            var pair = tokens.GetRange(index, 2);
            var surname = tokens.GetRange(index + 1, 1);
            return (new QueryTermGroup(Surface(text, pair), [TermSequence.FromTokens(pair), TermSequence.FromTokens(surname)], TermKind.Name), 2);
        }

        var single = new List<Token> { token };
        return (new QueryTermGroup(Surface(text, single), [TermSequence.FromTokens(single)], KindOf(single, index, sentenceStarts)), 1);
    }

    /// <summary>
    /// "pulling US troops out": a verb and its particle a few words later make the synonym entry "pulling out".
    /// </summary>
    private static (IReadOnlyList<TermSequence> Alternatives, int Particle)? PhrasalVerb(List<Token> tokens, int index, SynonymMap synonyms)
    {
        for (var j = index + 2; j < Math.Min(tokens.Count, index + 6); j++)
        {
            if (tokens[j].Folded is "out" or "back" or "off" or "down" or "away"
                && synonyms.Find(tokens[index].Term + " " + tokens[j].Term) is { } alternatives)
            {
                return (alternatives, j);
            }
        }

        return null;
    }

    /// <summary>
    /// Two capitalised words in a row, the second not starting a sentence ("Fatmir Mediu", "Mark Rutte"):
    /// a person, found by full name or by surname alone.
    /// </summary>
    private static bool IsPersonName(string text, List<Token> tokens, int index, HashSet<int> sentenceStarts)
    {
        if (index + 1 >= tokens.Count)
        {
            return false;
        }

        // Exactly two: three capitalised words in a row ("Radio Free Europe") are more often an organisation.
        var third = index + 2 < tokens.Count && !sentenceStarts.Contains(index + 2) ? tokens[index + 2].Shape : TokenShape.Lowercase;
        var before = index > 0 && !sentenceStarts.Contains(index) ? tokens[index - 1].Shape : TokenShape.Lowercase;
        var (first, second) = (tokens[index], tokens[index + 1]);
        return first.Shape == TokenShape.Capitalized && second.Shape == TokenShape.Capitalized
            && third is not (TokenShape.Capitalized or TokenShape.AllCapitals)
            && before is not (TokenShape.Capitalized or TokenShape.AllCapitals)
            && !sentenceStarts.Contains(index + 1)
            && !IsStopWord(second) && !WordLists.FramingWords.Contains(second.Folded)
            && string.IsNullOrWhiteSpace(text[(first.Start + first.Length)..second.Start]);
    }

    // Greetings and thanks inside a question ("Hi, what did Rutte say?") carry no subject either.
    private static bool IsStopWord(Token token) =>
        WordLists.StopWords.Contains(token.Folded) || WordLists.GreetingCores.Contains(token.Folded)
        || (token.Folded.Length == 1 && token.Shape != TokenShape.Digits);

    private static TermKind KindOf(List<Token> span, int index, HashSet<int> sentenceStarts)
    {
        if (span.All(t => t.Shape == TokenShape.Digits))
        {
            return TermKind.Number;
        }

        if (span.Count == 1 && WordLists.FramingWords.Contains(span[0].Folded))
        {
            return TermKind.Framing;
        }

        var first = span[0];
        var looksLikeName = first.Shape == TokenShape.AllCapitals
            || (first.Shape == TokenShape.Capitalized && !sentenceStarts.Contains(index));
        return looksLikeName ? TermKind.Name : TermKind.Content;
    }

    /// <summary>A figure written with thousands separators ("4,600", "1.000") is one phrase of several tokens.</summary>
    private static int FigureLength(string text, List<Token> tokens, int index)
    {
        var length = 1;
        while (index + length < tokens.Count
               && tokens[index + length - 1].Shape == TokenShape.Digits
               && tokens[index + length].Shape == TokenShape.Digits
               && tokens[index + length].Length == 3
               && tokens[index + length].Start == tokens[index + length - 1].Start + tokens[index + length - 1].Length + 1
               && text[tokens[index + length].Start - 1] is ',' or '.')
        {
            length++;
        }

        return length;
    }

    private static HashSet<int> SentenceStarts(string text, List<Token> tokens)
    {
        var starts = new HashSet<int>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var gapStart = i == 0 ? 0 : tokens[i - 1].Start + tokens[i - 1].Length;
            var gap = text.AsSpan(gapStart, tokens[i].Start - gapStart);
            if (i == 0 || gap.IndexOfAny(".?!:\"“”(") >= 0)
            {
                starts.Add(i);
            }
        }

        return starts;
    }

    private static bool AsksForFigure(List<Token> tokens)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            var word = tokens[i].Folded;
            var next = i + 1 < tokens.Count ? tokens[i + 1].Folded : string.Empty;
            if ((word == "how" && next is "many" or "much" or "big" or "large" or "strong" or "small" or "old")
                || word is "number" or "size" or "strength" or "figure" or "figures" or "total" or "count")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"What is KFOR?", "Who was Mike Jackson?": a question word, a form of "be", then only the subject.</summary>
    private static bool AsksForDefinition(List<Token> tokens, List<QueryTermGroup> groups) =>
        tokens.Count >= 3
        && tokens[0].Folded is "what" or "who" or "whats"
        && tokens[1].Folded is "is" or "are" or "was" or "were" or "s"
        && groups.Count is >= 1 and <= 2
        && groups.All(g => g.Kind != TermKind.Framing);

    private static string Surface(string text, List<Token> span)
    {
        var start = span[0].Start;
        var end = span[^1].Start + span[^1].Length;
        return text[start..end];
    }
}
