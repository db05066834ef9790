using KforBot.Search.Embeddings;

namespace KforBot.Answering.Reading;

/// <summary>
/// The word-piece vectors of passage sentences the bot has read, least recently used dropped first, within a byte
/// budget. A sentence is read by the model once, however many questions it answers; a sentence already cached costs
/// no model run at all.
/// </summary>
internal sealed class SentenceVectorCache(IPassageEncoder encoder, long budgetBytes)
{
    private readonly Dictionary<string, LinkedListNode<(string Text, TokenVectors Vectors)>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<(string Text, TokenVectors Vectors)> _order = new();
    private readonly Lock _lock = new();
    private long _bytes;

    /// <summary>The vectors of each sentence, in order, running the model (one batch) only for those not cached; null when the encoder gives none.</summary>
    public IReadOnlyList<TokenVectors>? Read(IReadOnlyList<string> sentences, CancellationToken cancellationToken)
    {
        var found = new TokenVectors?[sentences.Count];
        var missing = new List<int>();
        lock (_lock)
        {
            for (var i = 0; i < sentences.Count; i++)
            {
                if (_entries.TryGetValue(sentences[i], out var node))
                {
                    _order.Remove(node);
                    _order.AddFirst(node);
                    found[i] = node.Value.Vectors;
                }
                else
                {
                    missing.Add(i);
                }
            }
        }

        if (missing.Count > 0)
        {
            var texts = missing.Select(i => sentences[i]).Distinct(StringComparer.Ordinal).ToList();
            if (encoder.EncodePassageTokens(texts, cancellationToken) is not { } computed)
            {
                return null;
            }

            var byText = texts.Zip(computed).ToDictionary(p => p.First, p => p.Second, StringComparer.Ordinal);
            foreach (var i in missing)
            {
                found[i] = byText[sentences[i]];
            }

            lock (_lock)
            {
                foreach (var (text, vectors) in byText)
                {
                    Add(text, vectors);
                }
            }
        }

        return found!;
    }

    private void Add(string text, TokenVectors vectors)
    {
        if (_entries.ContainsKey(text))
        {
            return;
        }

        _entries[text] = _order.AddFirst((text, vectors));
        _bytes += vectors.Size;
        while (_bytes > budgetBytes && _order.Last is { } oldest && oldest != _order.First)
        {
            _order.RemoveLast();
            _entries.Remove(oldest.Value.Text);
            _bytes -= oldest.Value.Vectors.Size;
        }
    }
}
