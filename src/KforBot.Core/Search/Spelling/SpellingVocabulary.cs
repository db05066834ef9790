using System.Globalization;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KforBot.Search.Spelling;

/// <summary>
/// The passages' words as written (lower case, folded, not stemmed) and how many passages hold each, counted while
/// Lucene analyses the passages for the index: the words for spelling corrections come from that one analysis
/// instead of a second one. The same analysis notes how the passages' text writes each word inside a sentence
/// (not at its start): a word capitalised in most such places is a name ("Turkey", "KFOR", "Barduani"), which a
/// question typed in lower case still asks about as a name. Each analysis chain (one per writing thread) counts on
/// its own; <see cref="Words"/> and <see cref="Names"/> add them up once the writing has finished.
/// </summary>
internal sealed class SpellingVocabulary : IDisposable
{
    /// <summary>Shorter words are never a correction: a word is corrected only from five letters, by at most two edits.</summary>
    public const int MinWordLength = 3;

    private readonly List<WordCounter> _counters = [];

    // The text of the passage being analysed on this thread, for where each word stands in its sentence; null while
    // another field (the article's title, outlet and date, written in title case) is analysed.
    private readonly ThreadLocal<string?> _text = new();

    /// <summary>
    /// Keeps the text the chain is about to read when it is a passage's own text (<paramref name="fieldName"/> is
    /// <see cref="Lucene.PassageFields.Text"/>), and returns a reader of the same text.
    /// </summary>
    public TextReader Remember(string fieldName, TextReader reader)
    {
        if (fieldName != Lucene.PassageFields.Text)
        {
            _text.Value = null;
            return reader;
        }

        var text = reader.ReadToEnd();
        _text.Value = text;
        return new StringReader(text);
    }

    /// <summary>
    /// Counts the words of a passage, a passage per reset: <paramref name="tokenizer"/>'s tokens are looked at as
    /// written, then passed through <paramref name="normalize"/> (lower case, folding), counted, and passed on.
    /// </summary>
    public TokenStream CountWords(TokenStream tokenizer, Func<TokenStream, TokenStream> normalize)
    {
        var writing = new WritingProbe(tokenizer, _text);
        var counter = new WordCounter(normalize(writing), writing);
        lock (_counters)
        {
            _counters.Add(counter);
        }

        return counter;
    }

    /// <summary>The words the passages write capitalised in more than half of their places inside a sentence.</summary>
    public IReadOnlySet<string> Names()
    {
        var inside = new Dictionary<string, (int Places, int Capitalised)>(StringComparer.Ordinal);
        lock (_counters)
        {
            foreach (var word in _counters.SelectMany(counter => counter.Counted))
            {
                var (places, capitalised) = inside.GetValueOrDefault(word.Text);
                inside[word.Text] = (places + word.InsideSentence, capitalised + word.CapitalisedInsideSentence);
            }
        }

        return inside.Where(w => w.Value.Capitalised * 2 > w.Value.Places).Select(w => w.Key).ToHashSet(StringComparer.Ordinal);
    }

    public void Dispose() => _text.Dispose();

    /// <summary>Every word counted, with how many passages hold it; call once no passage is being analysed.</summary>
    public IReadOnlyDictionary<string, int> Words()
    {
        var words = new Dictionary<string, int>(StringComparer.Ordinal);
        lock (_counters)
        {
            foreach (var word in _counters.SelectMany(counter => counter.Counted))
            {
                words[word.Text] = words.GetValueOrDefault(word.Text) + word.Passages;
            }
        }

        return words;
    }

    private sealed class CountedWord(string text)
    {
        public string Text { get; } = text;

        public int Passages { get; set; }

        public int LastPassage { get; set; }

        /// <summary>Its places inside a sentence of a passage's text.</summary>
        public int InsideSentence { get; set; }

        /// <summary>Those of them where it is written with a capital.</summary>
        public int CapitalisedInsideSentence { get; set; }
    }

    /// <summary>Looks at each token as written, before lower case: whether it stands inside a sentence, and capitalised.</summary>
    private sealed class WritingProbe : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly ThreadLocal<string?> _text;

        public WritingProbe(TokenStream input, ThreadLocal<string?> text)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _text = text;
        }

        /// <summary>The token stands inside a sentence of a passage's text (not at its start, nor in another field).</summary>
        public bool InsideSentence { get; private set; }

        /// <summary>Its first letter is a capital.</summary>
        public bool Capitalised { get; private set; }

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var text = _text.Value;
            var start = _offset.StartOffset;
            InsideSentence = text is not null && start <= text.Length && !StartsSentence(text, start);
            Capitalised = _term.Length > 0 && char.IsUpper(_term.Buffer[0]);
            return true;
        }

        /// <summary>Whether only quotes, brackets, dashes and spaces stand between the word and a sentence's end, a line's start or the text's.</summary>
        private static bool StartsSentence(string text, int start)
        {
            for (var i = start - 1; i >= 0; i--)
            {
                var c = text[i];
                if (c is '\n' or '\r')
                {
                    return true;
                }

                if (char.IsWhiteSpace(c) || c is '"' or '\'' || char.GetUnicodeCategory(c) is UnicodeCategory.InitialQuotePunctuation
                    or UnicodeCategory.FinalQuotePunctuation or UnicodeCategory.OpenPunctuation or UnicodeCategory.DashPunctuation)
                {
                    continue;
                }

                return c is '.' or '!' or '?' or ':' or ';' or '…';
            }

            return true;
        }
    }

    private sealed class WordCounter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly WritingProbe _writing;
        private readonly Dictionary<string, CountedWord> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CountedWord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private int _passage;

        public WordCounter(TokenStream input, WritingProbe writing)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _writing = writing;
            _bySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        }

        public IEnumerable<CountedWord> Counted => _words.Values;

        public override bool IncrementToken()
        {
            if (!m_input.IncrementToken())
            {
                return false;
            }

            var length = _term.Length;
            if (length >= MinWordLength)
            {
                // Looked up in the term's own buffer: a string is made once per distinct word, not per token.
                var text = _term.Buffer.AsSpan(0, length);
                if (!_bySpan.TryGetValue(text, out var word))
                {
                    word = new CountedWord(text.ToString());
                    _words.Add(word.Text, word);
                }

                if (word.LastPassage != _passage)
                {
                    word.LastPassage = _passage;
                    word.Passages++;
                }

                if (_writing.InsideSentence)
                {
                    word.InsideSentence++;
                    word.CapitalisedInsideSentence += _writing.Capitalised ? 1 : 0;
                }
            }

            return true;
        }

        /// <summary>Lucene resets the chain for every passage's text.</summary>
        public override void Reset()
        {
            base.Reset();
            _passage++;
        }
    }
}
