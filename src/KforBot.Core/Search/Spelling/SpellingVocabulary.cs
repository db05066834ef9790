using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace KforBot.Search.Spelling;

/// <summary>
/// The passages' words as written (lower case, folded, not stemmed) and how many passages hold each, counted while
/// Lucene analyses the passages for the index: the words for spelling corrections come from that one analysis
/// instead of a second one. Each analysis chain (one per writing thread) counts on its own; <see cref="Words"/>
/// adds them up once the writing has finished.
/// </summary>
internal sealed class SpellingVocabulary
{
    /// <summary>Shorter words are never a correction: a word is corrected only from five letters, by at most two edits.</summary>
    public const int MinWordLength = 3;

    private readonly List<WordCounter> _counters = [];

    /// <summary>Counts the words of <paramref name="input"/>, a passage per reset, and passes them on unchanged.</summary>
    public TokenStream CountWords(TokenStream input)
    {
        var counter = new WordCounter(input);
        lock (_counters)
        {
            _counters.Add(counter);
        }

        return counter;
    }

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
    }

    private sealed class WordCounter : TokenFilter
    {
        private readonly ICharTermAttribute _term;
        private readonly Dictionary<string, CountedWord> _words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, CountedWord>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
        private int _passage;

        public WordCounter(TokenStream input)
            : base(input)
        {
            _term = AddAttribute<ICharTermAttribute>();
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
