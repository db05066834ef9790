using KforBot.Search.Analysis;
using KforBot.Search.Ranking;
using Microsoft.Extensions.Options;

namespace KforBot.Search;

/// <summary>
/// Article search for the <c>search</c> command and benchmarks: the question analysis and passage ranking of the
/// answering pipeline, then <see cref="ArticleRanker"/> to turn ranked passages into ranked articles.
/// </summary>
internal sealed class ArticleSearch(IPassageIndex index, IOptions<IndexOptions> options) : IArticleSearch
{
    /// <summary>
    /// Candidate articles fetched per article wanted: our ranking reorders the engine's, so an article it ranks
    /// just below the cut can still make the list.
    /// </summary>
    public const int CandidatesPerResult = 2;

    public async Task<IReadOnlyList<RankedArticle>> SearchAsync(string query, int top, CancellationToken cancellationToken)
    {
        await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        var analyzed = QuestionAnalyzer.Analyze(query, reader.Synonyms);
        if (!analyzed.HasSearchableTerms || top <= 0)
        {
            return [];
        }

        var groups = await PassageRanker.MeasureAsync(reader, analyzed.Groups, cancellationToken).ConfigureAwait(false);
        var limit = Math.Max(options.Value.CandidateArticles, top * CandidatesPerResult);
        var candidates = await reader.FindCandidatesAsync(analyzed.Groups, limit, cancellationToken).ConfigureAwait(false);
        var passages = PassageRanker.Rank(candidates, groups, id => reader.Articles.GetValueOrDefault(id)?.Title, reader.Summary.AverageWordsPerPassage, analyzed);
        return ArticleRanker.Rank(passages, top);
    }
}
