using System.Globalization;
using KforBot.Answering.Answerability;
using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Answering.Reading;
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
    PassageReader passageReader,
    AnsweringModels models,
    IOptionsMonitor<AnsweringOptions> options,
    ILogger<QuestionAnswerer> logger) : IQuestionAnswerer
{
    /// <summary>How many passages after the best one may give a figure or a date about the question's names instead.</summary>
    private const int PromotionDepth = 4;

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
            return Refuse(read.Text, new Refusal(RefusalKind.IndexUnavailable), settings);
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
        var asked = ChattyOpening.Skipped(read, reader);
        return Assess(reader, asked, EvidenceNeeded.For(asked), options.CurrentValue, cancellationToken);
    }

    private Answer Answer(IPassageIndexReader reader, Question question, int skip, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        if (!QuestionLanguage.Of(question.SearchText).IsEnglish)
        {
            // The reply gives an example in English already: no list of suggestions after it.
            return new Answer(question.Text, new AnswerOutcome.NotEnglish(settings.EffectiveExampleQuestions[0]));
        }

        if (question.IsGreeting)
        {
            return new Answer(question.Text, new AnswerOutcome.Greeting(reader.Summary.ArticleCount, settings.EffectiveExampleQuestions));
        }

        if (!question.Subject.Any())
        {
            return Refuse(question.Text, new Refusal(question.Links > 0 ? RefusalKind.OnlyLinks : RefusalKind.NothingToLookUp), settings);
        }

        // "2+2" is no question; "Who said “We are not in 1992”?" is one, although its only subject word is a figure.
        if (question.Words.All(w => w.Kind is WordKind.Number))
        {
            return Refuse(question.Text, new Refusal(RefusalKind.OnlyFigures), settings);
        }

        // "Hello, sorry to bother you, who commands KFOR?" is asked and searched as "who commands KFOR?".
        question = ChattyOpening.Skipped(question, reader);
        var evidence = EvidenceNeeded.For(question);
        var assessment = Assess(reader, question, evidence, settings, cancellationToken);

        // A name or a figure the question needs that no article holds (nor any article's title, outlet or date): no
        // passage can say what is asked of it, however close the rest comes ("How many French soldiers…").
        if (assessment is not null && assessment.Answers && RefusalExplainer.SpecificsNoArticleHolds(assessment.Terms, assessment.Ranked, reader).Count > 0)
        {
            assessment = assessment with { Answers = false };
        }

        // A message all of whose words frame a question ("test", "anything new?") names nothing the articles are about:
        // a passage that merely uses its words does not answer it.
        if (assessment is not null && assessment.Answers && NamesNoSubject(assessment.Terms))
        {
            assessment = assessment with { Answers = false };
        }

        // A figure or a date is about what its passage names: a passage that does not name a name of the question
        // gives another one's ("How many Greek soldiers…" answered with the American contingent's figure). Whatever the
        // model made of that passage, the one weighed in its place is the next that gives the evidence and names them.
        if (assessment is not null && evidence is not null && LacksMostNames(assessment.Terms, assessment.Ranked[0], reader))
        {
            assessment = Promoted(reader, assessment, evidence, cancellationToken) ?? assessment with { Answers = false };
        }

        if (assessment is null || !assessment.Answers)
        {
            var terms = assessment?.Terms ?? QuestionTerms.Of(question, reader);
            if (assessment is not null && IsOnSubject(assessment, settings))
            {
                return Related(question, assessment, reader, evidence, settings);
            }

            return Refuse(question.Text, RefusalExplainer.Explain(question, terms, assessment?.Ranked ?? [], reader, evidence), settings);
        }

        var (ordered, figuresDiffer) = PassageSelector.Order(assessment.Ranked, settings, question.AsksForFigure, evidence);
        var page = ordered.Skip(skip).Take(settings.MaxPassages).Select(p => Quote(p, reader, assessment.Terms)).ToList();
        if (page.Count == 0)
        {
            return Refuse(question.Text, new Refusal(RefusalKind.NoFurtherPassages), settings);
        }

        var more = Math.Max(0, ordered.Count - skip - page.Count);
        return new Answer(question.Text, new AnswerOutcome.Answered(page, more, FiguresDiffer: figuresDiffer && skip == 0));
    }

    private Assessment? Assess(
        IPassageIndexReader reader, Question question, EvidenceNeeded? evidence, AnsweringOptions settings, CancellationToken cancellationToken)
    {
        var tokens = encoder.EncodeQuestionTokens(question.SearchText, cancellationToken);
        var vector = tokens?.Pooled ?? encoder.EncodeQuestion(question.SearchText, cancellationToken);
        var terms = WordMeaningShare.Reframe(QuestionTerms.Of(question, reader), question, vector, encoder, settings.FramingMeaningShare, cancellationToken);
        var ranked = HybridRanker.Rank(reader, terms, vector, settings, evidence, PersonNames.AskedBy(question, settings));
        if (ranked.Count == 0)
        {
            return null;
        }

        if (logger.IsEnabled(LogLevel.Debug))
        {
            LogRanking(logger, string.Join("; ", ranked.Take(5).Select(p => string.Create(CultureInfo.InvariantCulture,
                $"{p.Passage.ArticleId}#{p.Passage.Position} {p.Score:F3} (words {p.Words:F3} #{RankOf(p.WordRank)}, cosine {p.Meaning:F3} #{RankOf(p.MeaningRank)})"))));
        }

        var pieces = tokens is null ? null : QuestionPieces.Of(terms, tokens);
        return Weigh(reader, terms, ranked, pieces, evidence, cancellationToken);
    }

    /// <summary>
    /// The first of the next best passages that gives the evidence and holds most of the question's names, weighed as
    /// the best one; null when there is none or the model would not answer with it either.
    /// </summary>
    private Assessment? Promoted(IPassageIndexReader reader, Assessment assessment, EvidenceNeeded evidence, CancellationToken cancellationToken)
    {
        var ranked = assessment.Ranked;
        var other = ranked.Skip(1).Take(PromotionDepth).FirstOrDefault(p => evidence.IsGivenBy(p.Passage.Text) && !LacksMostNames(assessment.Terms, p, reader));
        if (other is null)
        {
            return null;
        }

        // It takes the best one's score, so the passages shown begin with it.
        var reordered = ranked.Where(p => !ReferenceEquals(p, other)).Prepend(other with { Score = ranked[0].Score }).ToList();
        var weighed = Weigh(reader, assessment.Terms, reordered, assessment.Pieces, evidence, cancellationToken);
        return weighed.Answers ? weighed : null;
    }

    private Assessment Weigh(
        IPassageIndexReader reader, QuestionTerms terms, List<RankedPassage> ranked, QuestionPieces? pieces, EvidenceNeeded? evidence, CancellationToken cancellationToken)
    {
        var readings = passageReader.Read(pieces, ranked, evidence, cancellationToken);
        var features = EvidenceFeatures.Measure(terms, ranked, readings.GetValueOrDefault(ranked[0].Passage.Ordinal), reader, evidence);
        var probability = models.Answerability.Probability(features.ToArray());
        if (logger.IsEnabled(LogLevel.Debug))
        {
            var words = string.Join(", ", terms.Words.Select(w => $"{w.Word.Surface}[{w.Word.Kind}{(w.Correction is null ? string.Empty : " as " + w.Correction)}: {string.Join('|', w.Terms)} in {w.PassageCount}]"));
            LogAssessment(logger, probability, features.ToString(), words, ranked[0].Passage.ArticleId, ranked[0].Passage.Position);
        }

        return new Assessment(terms, ranked, features, probability, probability >= models.Answerability.Threshold) { Readings = readings, Pieces = pieces };
    }

    /// <summary>
    /// Whether the passage lacks most of the question's names, each weighed by its rarity; a name of several
    /// words counts as there when one of them is ("Shea" for "Jamie Shea").
    /// </summary>
    private static bool LacksMostNames(QuestionTerms terms, RankedPassage passage, IPassageIndexReader reader)
    {
        var names = terms.Words.Where(w => w.Word.Kind == WordKind.Name && w.IsInCorpus).ToList();
        var held = EvidenceFeatures.TermsOf(passage.Passage, reader);
        var lacking = names.Where(w => !w.Terms.Any(held.Contains)).Sum(w => w.Weight);
        return lacking > 0 && lacking > names.Sum(w => w.Weight) / 2;
    }

    /// <summary>Whether every word of the question frames it: none names a subject, a name or a figure.</summary>
    private static bool NamesNoSubject(QuestionTerms terms) => terms.Words.All(w => w.Word.Kind == WordKind.Framing);

    /// <summary>
    /// Refused, but close enough to the articles' subject that the closest passages are worth showing: the question names
    /// a subject, every word of it is in the articles, and the model's answerability is not far below its threshold.
    /// </summary>
    private bool IsOnSubject(Assessment assessment, AnsweringOptions settings) =>
        !NamesNoSubject(assessment.Terms)
        && assessment.Terms.Words.Where(w => w.Word.Kind != WordKind.Framing).All(w => w.IsInCorpus)
        && assessment.Probability >= settings.RelatedShare * models.Answerability.Threshold;

    private static Answer Related(Question question, Assessment assessment, IPassageIndexReader reader, EvidenceNeeded? evidence, AnsweringOptions settings)
    {
        var (ordered, _) = PassageSelector.Order(assessment.Ranked, settings, question.AsksForFigure, evidence);
        var related = ordered.Take(settings.MaxRelatedPassages).Select(p => Quote(p, reader, assessment.Terms)).ToList();
        var lacking = RefusalExplainer.NotHeld(assessment.Terms, assessment.Ranked[0], reader);
        var missingEvidence = RefusalExplainer.EvidenceMissing(assessment.Ranked[0], evidence);
        return new Answer(question.Text, new AnswerOutcome.Related(related, [.. lacking.Select(w => w.Word.Surface)], missingEvidence));
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

    private static Answer Refuse(string question, Refusal refusal, AnsweringOptions settings) =>
        new(question, new AnswerOutcome.Refused(refusal, settings.EffectiveExampleQuestions));

    [LoggerMessage(Level = LogLevel.Warning, Message = "Question refused: {Reason}")]
    private static partial void LogIndexUnavailable(ILogger logger, string reason);

    private static string RankOf(int rank) => rank == int.MaxValue ? "-" : (rank + 1).ToString(CultureInfo.InvariantCulture);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Best passages: {Ranking}")]
    private static partial void LogRanking(ILogger logger, string ranking);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Answerability {Probability:F3} from {Features}; words {Words}; best passage {ArticleId}#{Position}")]
    private static partial void LogAssessment(ILogger logger, double probability, string features, string words, string articleId, int position);
}

/// <summary>What the answer-or-refuse decision rests on.</summary>
internal sealed record Assessment(QuestionTerms Terms, List<RankedPassage> Ranked, EvidenceFeatures Features, double Probability, bool Answers)
{
    /// <summary>The reading of each passage read, by ordinal.</summary>
    public IReadOnlyDictionary<int, PassageReading> Readings { get; init; } = new Dictionary<int, PassageReading>();

    /// <summary>The question's subject words with their word pieces, for reading other passages; null without piece vectors.</summary>
    public QuestionPieces? Pieces { get; init; }
}
