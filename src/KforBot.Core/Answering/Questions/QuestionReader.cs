using System.Text;
using Lucene.Net.Analysis.Standard;
using Lucene.Net.Analysis.TokenAttributes;
using Lucene.Net.Util;

namespace KforBot.Answering.Questions;

/// <summary>
/// Reads a message as a question: splits it into words with Lucene's standard tokenizer (as passages are split),
/// joins a name's words ("Albin Kurti") and a figure's parts, marks each word's kind, and notes what kind of answer
/// is asked for. A pasted link counts as the words of its path (<see cref="MessageLinks"/>). Any input is accepted.
/// </summary>
public static class QuestionReader
{
    /// <summary>Only the start of a very long message is read (documented in README).</summary>
    public const int MaxQuestionLength = 2_000;

    internal static Question Read(string? message)
    {
        var text = Clean(message ?? string.Empty);
        var (searched, links) = MessageLinks.Words(text);
        var tokens = Tokenize(searched);
        var folded = tokens.Select(t => t.Folded).ToList();
        var figureAsked = FigureAskedAt(folded);
        var words = Words(searched, tokens, figureAsked);
        var isGreeting = folded.Count > 0
            && folded.All(WordLists.GreetingWords.Contains)
            && folded.Any(WordLists.GreetingCores.Contains);

        // "Who are you?", "What can you do?", "help me": nothing to search, but a request for the help text.
        isGreeting |= words.All(w => w.Kind is WordKind.Stop) && folded.Any(f => f is "you" or "yourself" or "help");
        return new Question(text, words)
        {
            SearchText = searched,
            Links = links,
            IsGreeting = isGreeting && links == 0,
            AsksForFigure = figureAsked.Count > 0,
            AsksForDuration = folded.Any(f => f is "year" or "years" or "month" or "months" or "week" or "weeks" or "day" or "days" or "long"),
            AsksForPerson = folded.Count > 1 && folded[0] == "who",
            AsksForDate = folded.Count > 1 && (folded[0] == "when" || (folded[0] is "what" or "which" && folded[1] is "year" or "date" or "month" or "day")),
        };
    }

    /// <summary>Removes control characters (NUL included), caps the length, and replaces broken UTF-16.</summary>
    public static string Clean(string message)
    {
        var builder = new StringBuilder(Math.Min(message.Length, MaxQuestionLength));
        foreach (var c in message)
        {
            if (builder.Length >= MaxQuestionLength)
            {
                break;
            }

            builder.Append(char.IsControl(c) || c is '\u2028' or '\u2029' ? ' ' : c);
        }

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

    private static List<QuestionWord> Words(string text, List<Token> tokens, HashSet<int> figureAsked)
    {
        var words = new List<QuestionWord>();
        for (var i = 0; i < tokens.Count;)
        {
            var token = tokens[i];
            var length = 1;
            WordKind kind;
            if (token.IsOrdinal)
            {
                // "26th", "3rd": a figure too, which the articles hold or do not.
                kind = WordKind.Number;
            }
            else if (token.IsDigits)
            {
                // "4,600" and "1.000" are one figure to the tokenizer already; "5 000" is one figure of two tokens.
                while (i + length < tokens.Count && tokens[i + length].IsDigits && tokens[i + length].Text.Length == 3
                       && tokens[i + length].Start == tokens[i + length - 1].End + 1)
                {
                    length++;
                }

                kind = WordKind.Number;
            }
            else if (IsStop(token))
            {
                kind = WordKind.Stop;
            }
            else if (LooksLikeName(text, tokens, i))
            {
                // The words of one name stand together: "Enrico Barduani", "Radio Free Europe".
                while (i + length < tokens.Count && LooksLikeName(text, tokens, i + length) && !SentenceBreakBefore(text, tokens, i + length)
                       && !IsStop(tokens[i + length]))
                {
                    length++;
                }

                kind = WordKind.Name;
            }
            else if (figureAsked.Contains(i))
            {
                // "big" in "how big", "size": the kind of answer asked for, which the passage is checked for (a figure),
                // not a subject the articles must name (unless they hold it: see QuestionTerms).
                kind = WordKind.Framing;
            }
            else
            {
                // Whether an ordinary word frames the question or names its subject is told later, against the articles.
                kind = WordKind.Content;
            }

            var start = token.Start;
            var end = tokens[i + length - 1].End;
            words.Add(new QuestionWord(text[start..end], start, end, kind));
            i += length;
        }

        return words;
    }

    // Greetings and thanks inside a question ("Hi, what did Rutte say?") carry no subject either; nor do words of one
    // or two lower-case letters ("r", "rn", "u"); the pronoun "us" is a stop word, the country "US" is not.
    private static bool IsStop(Token token) =>
        (WordLists.StopWords.Contains(token.Folded) && token.Text != "US") || WordLists.GreetingCores.Contains(token.Folded)
        || (token.Folded.Length <= 2 && !token.IsDigits && token.Text.Any(char.IsLower));

    /// <summary>An acronym ("KFOR", "U.S."), or a capitalised word that does not start a sentence.</summary>
    private static bool LooksLikeName(string text, List<Token> tokens, int index)
    {
        var token = tokens[index].Text;
        var letters = token.Where(char.IsLetter).ToList();
        if (letters.Count >= 2 && letters.All(char.IsUpper))
        {
            return true;
        }

        return char.IsUpper(token[0]) && letters.Skip(1).Any(char.IsLower) && !SentenceBreakBefore(text, tokens, index);
    }

    private static bool SentenceBreakBefore(string text, List<Token> tokens, int index)
    {
        if (index == 0)
        {
            return true;
        }

        var gap = text.AsSpan(tokens[index - 1].End, tokens[index].Start - tokens[index - 1].End);
        return gap.IndexOfAny(".?!:\"“”(") >= 0;
    }

    /// <summary>Where the question asks for a figure: the word after "how" in "how many / big / old", or "number", "size".</summary>
    private static HashSet<int> FigureAskedAt(List<string> folded)
    {
        var asked = new HashSet<int>();
        for (var i = 0; i < folded.Count; i++)
        {
            var next = i + 1 < folded.Count ? folded[i + 1] : string.Empty;
            if (folded[i] == "how" && next is "many" or "much" or "big" or "large" or "strong" or "small" or "old")
            {
                asked.Add(i + 1);
            }
            else if (folded[i] is "number" or "size" or "strength" or "figure" or "figures" or "total" or "count")
            {
                asked.Add(i);
            }
        }

        return asked;
    }

    private static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>();
        using var tokenizer = new StandardTokenizer(LuceneVersion.LUCENE_48, new StringReader(text));
        var term = tokenizer.AddAttribute<ICharTermAttribute>();
        var offset = tokenizer.AddAttribute<IOffsetAttribute>();
        tokenizer.Reset();
        while (tokenizer.IncrementToken() && tokens.Count < 400)
        {
            tokens.Add(new Token(term.ToString(), offset.StartOffset, offset.EndOffset));
        }

        tokenizer.End();
        return tokens;
    }

    private sealed record Token(string Text, int Start, int End)
    {
        public string Folded { get; } = Fold(Text);

        public bool IsDigits => Text.All(c => char.IsAsciiDigit(c) || c is ',' or '.') && char.IsAsciiDigit(Text[0]);

        public bool IsOrdinal => Folded.Length >= 3 && Folded[..^2].All(char.IsAsciiDigit) && Folded[^2..] is "st" or "nd" or "rd" or "th";

        // "what's" and "what’s" are one word; the apostrophe and what follows it say nothing of the subject.
        private static string Fold(string text) => Possessive.Without(text.ToLowerInvariant().Replace('’', '\''));
    }
}
