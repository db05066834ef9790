using KforBot.Answering.Answerability;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;
using KforBot.Search.Embeddings;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KforBot.Answering;

/// <summary>
/// The answering pipeline: message -> question -> passages ranked by words and meaning -> evidence -> answer or
/// refusal -> selection. It knows nothing of chat channels; they format the <see cref="Answer"/> it returns.
/// </summary>
internal sealed partial class QuestionAnswerer(
    IPassageIndex index,
    IPassageEncoder encoder,
    IOptionsMonitor<AnsweringOptions> options,
    ILogger<QuestionAnswerer> logger) : IQuestionAnswerer
{
    private const string FiguresDifferNote = "My sources give different figures: compare them with each passage's source and date.";

    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken) =>
        AnswerAsync(question, 0, cancellationToken);

    public async Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken)
    {
        var settings = options.CurrentValue;
        var read = QuestionReader.Read(question);
        try
        {
            await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
            var answer = Answer(reader, read, Math.Max(0, skip), settings, cancellationToken);
            return answer with { IndexVersion = reader.Summary.BuildId };
        }
        catch (IndexUnavailableException e)
        {
            LogIndexUnavailable(logger, e.Message);
            return Refuse(read.Text, "My article index is not available right now, so I cannot look anything up. Please try again later.", settings);
        }
    }

    /// <summary>Everything the decision rests on, for one question: the fitting command and Debug logs read it.</summary>
    internal async Task<Assessment?> AssessAsync(string question, CancellationToken cancellationToken)
    {
        var read = QuestionReader.Read(question);
        if (read.IsGreeting || !read.Subject.Any() || read.Words.All(w => w.Kind is WordKind.Number))
        {
            return null;
        }

        await using var reader = await index.OpenReaderAsync(cancellationToken).ConfigureAwait(false);
        return Assess(reader, read, EvidenceNeeded.For(read), options.CurrentValue, cancellationToken);
    }

    private Answer Answer(IPassageIndexReader reader, Question question, int skip, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        if (!QuestionLanguage.Of(question.Text).IsEnglish)
        {
            // The reason gives an example in English already: no list of suggestions after it.
            return new Answer(question.Text, AnswerKind.NotEnglish, QuestionLanguage.RefusalReason(settings.EffectiveExampleQuestions[0]), [], [], null, 0);
        }

        if (question.IsGreeting)
        {
            return new Answer(question.Text, AnswerKind.Greeting, HelpText.Greeting(reader.Summary.ArticleCount), [], settings.EffectiveExampleQuestions, null, 0);
        }

        if (!question.Subject.Any())
        {
            return Refuse(question.Text, "There is nothing in your message I can look up in my articles.", settings);
        }

        // "2+2" is no question; "Who said “We are not in 1992”?" is one, although its only subject word is a figure.
        if (question.Words.All(w => w.Kind is WordKind.Number))
        {
            return Refuse(question.Text, "Your message has only figures and no words I can look up; ask about KFOR in words.", settings);
        }

        var gives = EvidenceNeeded.For(question);
        var assessment = Assess(reader, question, gives, settings, cancellationToken);
        if (assessment is null || !assessment.Answers)
        {
            var reason = RefusalExplainer.Explain(question, assessment?.Terms ?? QuestionTerms.Of(question, reader), assessment?.Ranked.FirstOrDefault(), reader, gives);
            return Refuse(question.Text, reason, settings);
        }

        var (ordered, figuresDiffer) = PassageSelector.Order(assessment.Ranked, settings, question.AsksForFigure, gives);
        var page = ordered.Skip(skip).Take(settings.MaxPassages).Select(p => Quote(p, reader, assessment.Terms)).ToList();
        if (page.Count == 0)
        {
            return Refuse(question.Text, "I have no further passages on this question.", settings);
        }

        var more = Math.Max(0, ordered.Count - skip - page.Count);
        return new Answer(question.Text, AnswerKind.Answered, null, page, [], figuresDiffer && skip == 0 ? FiguresDifferNote : null, more);
    }

    private Assessment? Assess(
        IPassageIndexReader reader, Question question, Func<string, bool>? gives, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        var terms = QuestionTerms.Of(question, reader);
        var vector = encoder.EncodeQuestion(question.Text, cancellationToken);
        var ranked = HybridRanker.Rank(reader, terms, vector, settings, gives);
        if (ranked.Count == 0)
        {
            return null;
        }

        var features = EvidenceFeatures.Measure(question, terms, ranked, reader, gives);
        var probability = AnswerabilityModel.Shipped.Probability(features);
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var words = string.Join(", ", terms.Words.Select(w => $"{w.Word.Surface}[{w.Word.Kind}{(w.Correction is null ? string.Empty : " as " + w.Correction)}: {string.Join('|', w.Terms)} in {w.PassageCount}]"));
            LogAssessment(logger, probability, features.ToString(), words, ranked[0].Passage.ArticleId, ranked[0].Passage.Position);
        }

        return new Assessment(terms, ranked, features, probability, probability >= AnswerabilityModel.Shipped.Threshold);
    }

    private static QuotedPassage Quote(RankedPassage ranked, IPassageIndexReader reader, QuestionTerms terms)
    {
        var passage = ranked.Passage;
        var article = reader.Articles.GetValueOrDefault(passage.ArticleId);
        var citation = article is null
            ? new Citation(passage.ArticleId, passage.ArticleId, string.Empty, null, null)
            : new Citation(article.Id, article.Title, article.Outlet, article.Published, article.Url);
        var wanted = terms.All.ToHashSet(StringComparer.Ordinal);
        var highlights = new List<TextSpan>();
        foreach (var term in reader.Analyze(passage.Text).Where(t => wanted.Contains(t.Term)).DistinctBy(t => t.Start))
        {
            // Words highlighted side by side ("Kadri Kastrati") are one highlight.
            if (highlights.Count > 0 && highlights[^1] is var last && string.IsNullOrWhiteSpace(passage.Text[(last.Start + last.Length)..Math.Max(last.Start + last.Length, term.Start)]))
            {
                highlights[^1] = new TextSpan(last.Start, Math.Max(last.Length, term.End - last.Start));
            }
            else
            {
                highlights.Add(new TextSpan(term.Start, term.End - term.Start));
            }
        }

        return new QuotedPassage(citation, passage.Text, Math.Round(ranked.Score, 4), highlights, passage.Ordinal) { Position = passage.Position };
    }

    private static Answer Refuse(string question, string reason, AnsweringOptions settings) =>
        new(question, AnswerKind.Refused, reason, [], settings.EffectiveExampleQuestions, null, 0);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question refused: {Reason}")]
    private static partial void LogIndexUnavailable(ILogger logger, string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answerability {Probability:F3} from {Features}; words {Words}; best passage {ArticleId}#{Position}")]
    private static partial void LogAssessment(ILogger logger, double probability, string features, string words, string articleId, int position);
}

/// <summary>What the answer-or-refuse decision rests on.</summary>
internal sealed record Assessment(QuestionTerms Terms, List<RankedPassage> Ranked, EvidenceFeatures Features, double Probability, bool Answers);
