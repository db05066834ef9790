using KforBot.Corpus;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.Options;

namespace KforBot.Answering.Reading;

/// <summary>
/// Reads the best candidates of a question sentence by sentence, with the model's word-piece vectors (cached across
/// questions), for answerability to weigh. It does not reorder them: a reranker fitted on these readings ranked the
/// development questions worse than the hybrid ranking (README "How refusal works").
/// </summary>
internal sealed class PassageReader
{
    private readonly SentenceVectorCache _cache;
    private readonly IOptionsMonitor<AnsweringOptions> _options;

    public PassageReader(IPassageEncoder encoder, IOptionsMonitor<AnsweringOptions> options)
    {
        _options = options;
        _cache = new SentenceVectorCache(encoder, options.CurrentValue.ReadingCacheMegabytes * 1024L * 1024L);
    }

    /// <summary>
    /// The reading of each of the first <see cref="AnsweringOptions.ReadPassages"/> passages, by ordinal; none when the
    /// model gives no piece vectors.
    /// </summary>
    public IReadOnlyDictionary<int, PassageReading> Read(
        QuestionPieces? question, IReadOnlyList<Ranking.RankedPassage> ranked, EvidenceNeeded? evidence, CancellationToken cancellationToken)
    {
        var readings = new Dictionary<int, PassageReading>();
        var depth = Math.Min(_options.CurrentValue.ReadPassages, ranked.Count);
        if (question is null || question.Words.Count == 0 || depth == 0)
        {
            return readings;
        }

        var top = ranked.Take(depth).ToList();
        var sentences = top.Select(p => SentenceSplitter.Split(p.Passage.Text)).ToList();
        if (_cache.Read(sentences.SelectMany(s => s).ToList(), cancellationToken) is not { } vectors)
        {
            return readings;
        }

        var offset = 0;
        for (var i = 0; i < top.Count; i++)
        {
            var own = vectors.Skip(offset).Take(sentences[i].Count).ToList();
            offset += sentences[i].Count;
            if (PassageReading.Read(question, sentences[i], own, evidence) is { } reading)
            {
                readings[top[i].Passage.Ordinal] = reading;
            }
        }

        return readings;
    }
}
