using System.Collections.Concurrent;

namespace KforBot.Search.Analysis;

/// <summary>
/// Remembers each word's folded form and stem. Ranking tokenizes every candidate passage of every question, and
/// folding and stemming the same few thousand words again and again was most of that work; a word seen before
/// is now one lookup on its characters, with no new string. The memory is bounded: past
/// <see cref="MaxWords"/> distinct words (hostile input), new words are folded and stemmed without being kept.
/// </summary>
internal static class WordForms
{
    public const int MaxWords = 200_000;

    private static readonly ConcurrentDictionary<string, (string Folded, string Term)> Known = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, (string Folded, string Term)>.AlternateLookup<ReadOnlySpan<char>> ByCharacters =
        Known.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    public static (string Folded, string Term) Of(ReadOnlySpan<char> word)
    {
        if (ByCharacters.TryGetValue(word, out var forms))
        {
            return forms;
        }

        var folded = TextTokenizer.Fold(word);
        forms = (folded, PorterStemmer.Stem(folded));
        if (Volatile.Read(ref _count) < MaxWords && ByCharacters.TryAdd(word, forms))
        {
            Interlocked.Increment(ref _count);
        }

        return forms;
    }
}
