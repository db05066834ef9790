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
}

/// <summary>Whether the bot answered, refused, or replied to a greeting.</summary>
public enum AnswerKind
{
    Answered,
    Refused,
    Greeting,
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
