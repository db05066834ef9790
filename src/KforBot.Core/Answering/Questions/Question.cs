namespace KforBot.Answering.Questions;

/// <summary>A person's message read as a question: its words and what kind of answer it asks for.</summary>
/// <param name="Text">The message as it is echoed: control characters removed, length capped.</param>
/// <param name="Words">Every word, in order, each with its kind.</param>
internal sealed record Question(string Text, IReadOnlyList<QuestionWord> Words)
{
    /// <summary>
    /// The text that is searched and read: <see cref="Text"/> with each pasted link replaced, in place, by the words
    /// of its path. The words' offsets are offsets into it.
    /// </summary>
    public string SearchText { get; init; } = Text;

    /// <summary>How many links the message holds.</summary>
    public int Links { get; init; }

    /// <summary>Only greetings, thanks or a call for help: answered with the help text.</summary>
    public bool IsGreeting { get; init; }

    /// <summary>"How many", "how much", "number of": the answer is a figure.</summary>
    public bool AsksForFigure { get; init; }

    /// <summary>A figure question about time ("how many years", "how long"): durations count as answers.</summary>
    public bool AsksForDuration { get; init; }

    /// <summary>"Who ...": the answer names someone.</summary>
    public bool AsksForPerson { get; init; }

    /// <summary>"When ...", "what year ...": the answer gives a date.</summary>
    public bool AsksForDate { get; init; }

    /// <summary>The words that say what the question is about (not stop words, not greetings).</summary>
    public IEnumerable<QuestionWord> Subject => Words.Where(w => w.Kind is not WordKind.Stop);

    /// <summary>Names and figures: a passage that answers mentions them.</summary>
    public IEnumerable<QuestionWord> Specifics => Words.Where(w => w.Kind is WordKind.Name or WordKind.Number);
}

/// <summary>A word (or a name of several words) of a question, where it stands, and what it is likely to be.</summary>
internal sealed record QuestionWord(string Surface, int Start, int End, WordKind Kind);

/// <summary>What a question word is likely to be; decides how much its absence from the articles matters.</summary>
internal enum WordKind
{
    /// <summary>Says nothing of the subject: "the", "how", "did", "hi", "please".</summary>
    Stop,

    /// <summary>Frames the question rather than naming its subject: "role", "latest", "say".</summary>
    Framing,

    /// <summary>An ordinary word of the subject.</summary>
    Content,

    /// <summary>A capitalised word inside a sentence, or an acronym: a person, place or organisation.</summary>
    Name,

    /// <summary>A figure or a year.</summary>
    Number,
}
