using KforBot.Search;
using KforBot.Search.Analysis;
using KforBot.Search.Ranking;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Answering;

/// <summary>
/// The answering pipeline: question -> term groups -> candidate passages -> ranking -> refusal policy ->
/// selection. It knows nothing of chat channels; they format the <see cref="Answer"/> it returns.
/// </summary>
internal sealed partial class QuestionAnswerer(
    IPassageIndex index,
    IOptionsMonitor<AnsweringOptions> options,
    IOptions<IndexOptions> indexOptions,
    ILogger<QuestionAnswerer> logger) : IQuestionAnswerer
{
    private const string FiguresDifferNote = "My sources give different figures: compare them with each passage's source and date.";

    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken) =>
        AnswerAsync(question, 0, cancellationToken);

    public async Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var cleaned = QuestionAnalyzer.Clean(question ?? string.Empty);
        try
        {
            await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            return await AnswerFromAsync(reader, cleaned, Math.Max(0, skip), settings, cancellationToken).ConfigureAwait(false);
        }
        catch (IndexUnavailableException e)
        {
            LogIndexUnavailable(logger, e.Message);
            return Refuse(cleaned, "My article index is not available right now, so I cannot look anything up. Please try again later.", settings);
        }
        catch (SqliteException e)
        {
            // The index file failed under us (disk error, file replaced by something else): one question fails, the bot goes on.
            LogSearchFailed(logger, e);
            return Refuse(cleaned, "Searching my articles failed just now. Please try again in a moment.", settings);
        }
    }

    private async Task<Answer> AnswerFromAsync(
        IPassageIndexReader reader, string question, int skip, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        if (!QuestionLanguage.Of(question).IsEnglish)
        {
            return Refuse(question, QuestionLanguage.RefusalReason(settings.EffectiveExampleQuestions[0]), settings);
        }

        var articleCount = reader.Summary.ArticleCount;
        var analyzed = QuestionAnalyzer.Analyze(question, reader.Synonyms);
        if (analyzed.IsGreeting)
        {
            return new Answer(analyzed.Text, AnswerKind.Greeting, HelpText.Greeting(articleCount), [], settings.EffectiveExampleQuestions, null, 0);
        }

        var groups = await PassageRanker.MeasureAsync(reader, analyzed.Groups, cancellationToken).ConfigureAwait(false);
        var candidates = await reader.FindCandidatesAsync(analyzed.Groups, indexOptions.Value.CandidateArticles, cancellationToken).ConfigureAwait(false);
        var gives = EvidenceNeeded.For(analyzed);
        var ranked = EvidenceNeeded.PutFirst(PassageRanker.Rank(candidates, groups, id => reader.Articles.GetValueOrDefault(id)?.Title, reader.Summary.AverageWordsPerPassage, analyzed), gives);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogExplanation(logger, Explain(groups, ranked));
        }

        var reason = RefusalPolicy.Decide(analyzed, groups, ranked, articleCount, settings.MinCoverage);
        if (reason is not null)
        {
            return Refuse(analyzed.Text, reason, settings);
        }

        var (ordered, figuresDiffer) = PassageSelector.Order(ranked, settings, analyzed.AsksForFigure, gives);
        var page = ordered.Skip(skip).Take(settings.MaxPassages).Select(p => Quote(p, reader.Articles)).ToList();
        var more = Math.Max(0, ordered.Count - skip - page.Count);
        if (page.Count == 0)
        {
            return Refuse(analyzed.Text, "I have no further passages on this question.", settings);
        }

        return new Answer(analyzed.Text, AnswerKind.Answered, null, page, [], figuresDiffer && skip == 0 ? FiguresDifferNote : null, more);
    }

    /// <summary>Why the ranking came out as it did: term weights and the best candidates' coverage (Debug level).</summary>
    private static string Explain(IReadOnlyList<GroupStatistics> groups, List<RankedPassage> ranked)
    {
        var terms = string.Join(", ", groups.Select(g => $"{g.Group.Label}[{g.Group.Kind}, df={g.PassageCount}, w={g.Weight:F2}]"));
        var best = string.Join(" | ", ranked.Take(5).Select(p =>
            $"{p.Candidate.ArticleId}#{p.Candidate.Position} score={p.Score:F2} coverage={p.Coverage:F2}"));
        return $"terms: {terms}; best: {best}";
    }

    private static QuotedPassage Quote(RankedPassage passage, IReadOnlyDictionary<string, IndexedArticle> articles)
    {
        var candidate = passage.Candidate;
        var article = articles.GetValueOrDefault(candidate.ArticleId);
        var citation = article is null
            ? new Citation(candidate.ArticleId, candidate.ArticleId, string.Empty, null, null)
            : new Citation(article.Id, article.Title, article.Outlet, article.Published, article.Url);
        return new QuotedPassage(citation, candidate.Text, Math.Round(passage.Score, 4), passage.Highlights, candidate.PassageId);
    }

    private static Answer Refuse(string question, string reason, AnsweringOptions settings) =>
        new(question, AnswerKind.Refused, reason, [], settings.EffectiveExampleQuestions, null, 0);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question refused: {Reason}")]
    private static partial void LogIndexUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ranking: {Explanation}")]
    private static partial void LogExplanation(ILogger logger, string explanation);

    [LoggerMessage(Level = LogLevel.Error, Message = "Searching the index failed")]
    private static partial void LogSearchFailed(ILogger logger, Exception exception);
}
