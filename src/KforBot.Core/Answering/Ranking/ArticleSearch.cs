using KforBot.Answering.Questions;
using KforBot.Search;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.Options;

namespace KforBot.Answering.Ranking;

/// <summary>Ranks whole articles for a query, with the hybrid ranking the bot answers with (the <c>search</c> command, benchmarks).</summary>
public interface IArticleSearch
{
    /// <summary>The best articles for <paramref name="query"/>, best first, at most <paramref name="top"/>.</summary>
    /// <exception cref="IndexUnavailableException">There is no usable index.</exception>
    Task<IReadOnlyList<RankedArticle>> SearchAsync(string query, int top, CancellationToken cancellationToken);
}

/// <summary>An article and its score: its best passage's, plus a tenth of its second best's.</summary>
public sealed record RankedArticle(string ArticleId, double Score);

/// <inheritdoc />
internal sealed class ArticleSearch(IPassageIndex index, IPassageEncoder encoder, IOptionsMonitor<AnsweringOptions> options) : IArticleSearch
{
    /// <summary>A second passage on the subject says a little more about the article, not as much as the first.</summary>
    private const double SecondPassageShare = 0.1;

    public async Task<IReadOnlyList<RankedArticle>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        var question = QuestionReader.Read(query);
        if (!question.Subject.Any() || top <= 0)
        {
            return [];
        }

        await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var settings = options.CurrentValue;
        var terms = QuestionTerms.Of(question, reader);
        var vector = encoder.EncodeQuestion(question.SearchText, cancellationToken);
        var passages = HybridRanker.Rank(reader, terms, vector, settings, evidence: null);
        return passages
            .GroupBy(p => p.Passage.ArticleId, StringComparer.Ordinal)
            .Select(g => new RankedArticle(g.Key, g.First().Score + (SecondPassageShare * g.Skip(1).Select(p => p.Score).FirstOrDefault())))
            .OrderByDescending(a => a.Score)
            .ThenBy(a => a.ArticleId, StringComparer.Ordinal)
            .Take(top)
            .ToList();
    }
}
