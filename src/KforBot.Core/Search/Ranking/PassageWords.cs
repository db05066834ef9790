using System.Collections.Concurrent;
using KforBot.Search.Analysis;

namespace KforBot.Search.Ranking;

/// <summary>
/// The words of passage texts, kept once made: ranking reads every passage of the articles a question finds,
/// and on a corpus of a few hundred articles the same passages come back question after question, so splitting
/// and stemming them again was most of a question's time. Keyed by the text itself, so a reindex can never make
/// an entry wrong. The memory is bounded: past <see cref="MaxPassages"/> texts (a large corpus), new texts are
/// tokenized without being kept.
/// </summary>
internal static class PassageWords
{
    public const int MaxPassages = 10_000;

    private static readonly ConcurrentDictionary<string, Token[]> Known = new(StringComparer.Ordinal);
    private static int _count;

    /// <summary>
    /// The words of a text with possessive "s" left out, so "NATO's mission in Kosovo" contains the phrase
    /// "NATO mission in Kosovo" (the index splits "NATO's" into "nato" and "s").
    /// </summary>
    public static Token[] Of(string text)
    {
        if (Known.TryGetValue(text, out var words))
        {
            return words;
        }

        var tokens = TextTokenizer.Tokenize(text);
        tokens.RemoveAll(t => t.Folded == "s" && t.Start > 0 && text[t.Start - 1] is '\'' or '’');
        words = [.. tokens];
        if (Volatile.Read(ref _count) < MaxPassages && Known.TryAdd(text, words))
        {
            Interlocked.Increment(ref _count);
        }

        return words;
    }
}
