using KforBot.Corpus;
using KforBot.Search.Analysis;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Counts, per stem, the passages whose text contains it: BM25's document frequency at passage level. FTS5 indexes
/// whole articles and cannot tell; our tokenizer splits and stems exactly as FTS5 does, so the counts are the ones
/// a passage-level FTS5 table would report. Every word of the corpus passes through here, so a word costs one
/// lookup of its characters (no string, no token): each written form gets a number for its stem the first time
/// it is seen. Not thread-safe: one reading thread adds, the writer reads at the end.
/// </summary>
internal sealed class PassageTermCounter
{
    private const int NoStem = -1;

    private readonly Dictionary<string, int> _stemOfForm = [];
    private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _stemOfCharacters;
    private readonly Dictionary<string, int> _numberOfStem = new(StringComparer.Ordinal);
    private readonly List<string> _stems = [];
    private int[] _passagesWith = new int[1024];
    private int[] _lastPassage = new int[1024];
    private int _passage;

    public PassageTermCounter() => _stemOfCharacters = _stemOfForm.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Every stem seen, with the number of passages whose text contains it.</summary>
    public IEnumerable<(string Stem, int Passages)> PassagesWith => _stems.Select((stem, number) => (stem, _passagesWith[number]));

    public void Add(Passage passage)
    {
        _passage++;
        var text = passage.Text;
        var i = 0;
        while (TextTokenizer.NextWord(text, ref i, out var start, out var length))
        {
            var form = text.AsSpan(start, Math.Min(length, TextTokenizer.MaxWordLength));
            if (!_stemOfCharacters.TryGetValue(form, out var stem))
            {
                stem = NumberStemOf(form);
            }

            if (stem != NoStem && _lastPassage[stem] != _passage)
            {
                _lastPassage[stem] = _passage;
                _passagesWith[stem]++;
            }
        }
    }

    private int NumberStemOf(ReadOnlySpan<char> form)
    {
        var (folded, term) = WordForms.Of(form);
        var number = NoStem;
        if (folded.Length > 0 && !_numberOfStem.TryGetValue(term, out number))
        {
            number = _stems.Count;
            _stems.Add(term);
            _numberOfStem[term] = number;
            if (number == _passagesWith.Length)
            {
                Array.Resize(ref _passagesWith, number * 2);
                Array.Resize(ref _lastPassage, number * 2);
            }
        }

        _stemOfForm[form.ToString()] = number;
        return number;
    }
}
