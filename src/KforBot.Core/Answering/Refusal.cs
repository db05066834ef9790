namespace KforBot.Answering;

/// <summary>
/// Why no passage answers, as data: the kind of reason and the words it is about. The words are the question's as
/// written, in its order.
/// </summary>
/// <param name="Kind">Which reason.</param>
public sealed record Refusal(RefusalKind Kind)
{
    /// <summary>How many articles the index holds (the reasons that speak of "my N articles").</summary>
    public int ArticleCount { get; init; }

    /// <summary>The question's words the articles (or the closest passage) do hold.</summary>
    public IReadOnlyList<string> Mentioned { get; init; } = [];

    /// <summary>The question's words the articles (or the closest passage) do not hold.</summary>
    public IReadOnlyList<string> Missing { get; init; } = [];

    /// <summary>The title of the closest passage's article, for the reasons that speak of it.</summary>
    public string? ClosestTitle { get; init; }

    /// <summary>For <see cref="RefusalKind.NoEvidence"/>: what no passage gives.</summary>
    public EvidenceKind Evidence { get; init; }

    /// <summary>
    /// The words no article covered, for the log's corpus gaps: the words missing, or, when it is their combination
    /// that no passage covers (or gives what is asked of), the words mentioned. Never an article's title.
    /// </summary>
    public IReadOnlyList<string> UncoveredTerms => (Kind switch
    {
        RefusalKind.NotMentioned or RefusalKind.PartlyMentioned or RefusalKind.ClosestLacks => Missing,
        RefusalKind.NoEvidence or RefusalKind.NotCloseEnough => Mentioned,
        RefusalKind.IndexUnavailable or RefusalKind.NothingToLookUp or RefusalKind.OnlyLinks or RefusalKind.OnlyFigures or RefusalKind.NoFurtherPassages
            or RefusalKind.NothingClose => [],
    }).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
}

/// <summary>The reasons the bot gives for not answering.</summary>
public enum RefusalKind
{
    /// <summary>No index is open, so nothing could be looked up.</summary>
    IndexUnavailable,

    /// <summary>The message has no word to look up.</summary>
    NothingToLookUp,

    /// <summary>The message has links and nothing else to look up (the bot opens no link).</summary>
    OnlyLinks,

    /// <summary>The message has only figures.</summary>
    OnlyFigures,

    /// <summary>"More sources" past the last passage.</summary>
    NoFurtherPassages,

    /// <summary>No passage comes close (the question has no word of note).</summary>
    NothingClose,

    /// <summary>No article holds the <see cref="Refusal.Missing"/> words.</summary>
    NotMentioned,

    /// <summary>The articles hold the <see cref="Refusal.Mentioned"/> words, but none holds the <see cref="Refusal.Missing"/> ones.</summary>
    PartlyMentioned,

    /// <summary>No passage about the <see cref="Refusal.Mentioned"/> words gives the <see cref="Refusal.Evidence"/> asked for.</summary>
    NoEvidence,

    /// <summary>The closest passage holds the <see cref="Refusal.Mentioned"/> words but not the <see cref="Refusal.Missing"/> ones.</summary>
    ClosestLacks,

    /// <summary>The articles hold every word, but the closest passage does not answer closely enough.</summary>
    NotCloseEnough,
}
