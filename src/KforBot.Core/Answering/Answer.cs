using System.Diagnostics;

namespace KforBot.Answering;

/// <summary>
/// The bot's reply to a question: verbatim passages with their citations, or why not. The reply holds data only
/// (the passages, the words no article holds, the closest passage's article); the channels' formatters write the
/// sentences, which speak about the sources, never about KFOR.
/// </summary>
public sealed record Answer(string Question, AnswerOutcome Outcome)
{
    public AnswerKind Kind => Outcome.Kind;

    public bool IsRefused => Kind != AnswerKind.Answered;

    /// <summary>The index generation that answered (empty when none was open), so an answer can be replayed.</summary>
    public string IndexVersion { get; init; } = string.Empty;

    /// <summary>The passages quoted as the answer (empty unless <see cref="AnswerKind.Answered"/>).</summary>
    public IReadOnlyList<QuotedPassage> Passages => Outcome is AnswerOutcome.Answered answered ? answered.Passages : [];

    /// <summary>How many further passages "More sources" can show.</summary>
    public int MorePassages => Outcome is AnswerOutcome.Answered answered ? answered.MorePassages : 0;

    /// <summary>
    /// For <see cref="AnswerKind.Related"/>: the passages that come closest to the question without answering it,
    /// quoted verbatim like answers (and never counted as one).
    /// </summary>
    public IReadOnlyList<QuotedPassage> Related => Outcome is AnswerOutcome.Related related ? related.Passages : [];

    /// <summary>Example questions offered after a greeting or a refusal.</summary>
    public IReadOnlyList<string> Suggestions => Outcome switch
    {
        AnswerOutcome.Greeting greeting => greeting.Suggestions,
        AnswerOutcome.Refused refused => refused.Suggestions,
        _ => [],
    };
}

/// <summary>Whether the bot answered, refused, replied to a greeting, or could not read the question.</summary>
public enum AnswerKind
{
    Answered,

    /// <summary>No passage supports an answer; the refusal says what the articles lack.</summary>
    Refused,
    Greeting,

    /// <summary>The question is not in English, so it was not looked up.</summary>
    NotEnglish,

    /// <summary>
    /// The articles speak of the question's subject, but no passage gives what was asked: the closest passages are
    /// shown as related ones.
    /// </summary>
    Related,
}

/// <summary>What came of a question: one of a closed set of kinds, each with its data.</summary>
public abstract record AnswerOutcome
{
    private AnswerOutcome(AnswerKind kind) => Kind = kind;

    public AnswerKind Kind { get; }

    /// <summary>
    /// The one result of <paramref name="answered"/>, <paramref name="greeting"/>, ... that fits this outcome. Formatters
    /// write every kind through it, so a kind one of them forgets does not compile.
    /// </summary>
    public T Match<T>(
        Func<Answered, T> answered, Func<Greeting, T> greeting, Func<NotEnglish, T> notEnglish, Func<Refused, T> refused, Func<Related, T> related) =>
        this switch
        {
            Answered a => answered(a),
            Greeting g => greeting(g),
            NotEnglish n => notEnglish(n),
            Refused r => refused(r),
            Related r => related(r),
            _ => throw new UnreachableException("The constructor is private: there is no other kind of outcome."),
        };

    /// <summary>Passages that answer, the first page of them.</summary>
    /// <param name="Passages">The page, best first.</param>
    /// <param name="MorePassages">How many further passages "More sources" can show.</param>
    /// <param name="FiguresDiffer">Whether the passages give different figures for what was asked.</param>
    public sealed record Answered(IReadOnlyList<QuotedPassage> Passages, int MorePassages, bool FiguresDiffer) : AnswerOutcome(AnswerKind.Answered);

    /// <summary>A greeting or a thank-you: the bot says what it does.</summary>
    public sealed record Greeting(int ArticleCount, IReadOnlyList<string> Suggestions) : AnswerOutcome(AnswerKind.Greeting);

    /// <summary>A question not in English; <paramref name="ExampleQuestion"/> shows how to ask.</summary>
    public sealed record NotEnglish(string ExampleQuestion) : AnswerOutcome(AnswerKind.NotEnglish);

    /// <summary>No passage supports an answer, for the reason given, with questions the bot can answer.</summary>
    public sealed record Refused(Refusal Refusal, IReadOnlyList<string> Suggestions) : AnswerOutcome(AnswerKind.Refused);

    /// <summary>
    /// The articles speak of the question's subject, but no passage gives what was asked: the closest passages.
    /// </summary>
    /// <param name="Passages">The closest passages, best first.</param>
    /// <param name="NotInClosest">The question's words the closest passage does not hold (it may hold all of note).</param>
    /// <param name="MissingEvidence">The evidence the question needs that the closest passage does not give, if any.</param>
    public sealed record Related(IReadOnlyList<QuotedPassage> Passages, IReadOnlyList<string> NotInClosest, EvidenceKind? MissingEvidence)
        : AnswerOutcome(AnswerKind.Related);
}

/// <summary>A passage quoted word for word, with where it comes from.</summary>
public sealed record QuotedPassage(Citation Citation, string Text, double Score, IReadOnlyList<TextSpan> Highlights, long PassageId)
{
    /// <summary>The passage's place in its article (0 is the first).</summary>
    public int Position { get; init; }
}

/// <summary>Where a passage comes from.</summary>
public sealed record Citation(string ArticleId, string Title, string Outlet, DateOnly? Published, Uri? Url);

/// <summary>A stretch of text: start index and length in UTF-16 code units.</summary>
public readonly record struct TextSpan(int Start, int Length);
