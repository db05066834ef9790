namespace KforBot.Answering;

/// <summary>
/// The bot's reply to a question: verbatim passages with their citations, or a refusal with its reason.
/// The bot's own words are limited to <see cref="Reason"/>, <see cref="Note"/> and <see cref="Suggestions"/>,
/// which speak about the sources, never about KFOR.
/// </summary>
public sealed record Answer(
    string Question,
    AnswerKind Kind,
    string? Reason,
    IReadOnlyList<QuotedPassage> Passages,
    IReadOnlyList<string> Suggestions,
    string? Note,
    int MorePassages)
{
    public bool IsRefused => Kind != AnswerKind.Answered;

    /// <summary>The index generation that answered (empty when none was open), so an answer can be replayed.</summary>
    public string IndexVersion { get; init; } = string.Empty;

    /// <summary>
    /// For <see cref="AnswerKind.Related"/>: the passages that come closest to the question without answering it,
    /// quoted verbatim like answers (and never counted as one).
    /// </summary>
    public IReadOnlyList<QuotedPassage> Related { get; init; } = [];

    /// <summary>For <see cref="AnswerKind.Related"/>: the question's words the closest passage does not hold (it may hold none of note).</summary>
    public IReadOnlyList<string> NotInClosest { get; init; } = [];
}

/// <summary>Whether the bot answered, refused, replied to a greeting, or could not read the question.</summary>
public enum AnswerKind
{
    Answered,

    /// <summary>No passage supports an answer; the reason says what the articles lack.</summary>
    Refused,
    Greeting,

    /// <summary>The question is not in English, so it was not looked up; the reason says so and how to ask.</summary>
    NotEnglish,

    /// <summary>
    /// The articles speak of the question's subject, but no passage gives what was asked: the reason says so, and
    /// <see cref="Answer.Related"/> shows the closest passages.
    /// </summary>
    Related,
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
