using System.ComponentModel.DataAnnotations;

namespace KforBot.Answering;

/// <summary>How answers are chosen (section <c>Answering</c>).</summary>
public sealed class AnsweringOptions
{
    public const string SectionName = "Answering";

    /// <summary>Passages in one answer. Default 3.</summary>
    [Range(1, 10, ErrorMessage = "Answering:MaxPassages must be between 1 and 10.")]
    public int MaxPassages { get; set; } = 3;

    /// <summary>
    /// The share of the words ranking (BM25) in the hybrid score; the rest is closeness in meaning. Default 0.4
    /// (fitted on the development questions; README "How an answer is made").
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:WordsWeight must be between 0 and 1.")]
    public double WordsWeight { get; set; } = 0.4;

    /// <summary>
    /// How much higher a passage ranks when it gives what the question asks for (a figure for "how many", a date
    /// for "when"): its score is multiplied by 1 + this. Default 1 (doubled).
    /// </summary>
    [Range(0.0, 10.0, ErrorMessage = "Answering:EvidenceBoost must be between 0 and 10.")]
    public double EvidenceBoost { get; set; } = 1.0;

    /// <summary>
    /// How much higher a passage ranks, for a "who" question, when it names someone the question does not (a name of
    /// two or more capitalised words inside a sentence): its score is multiplied by 1 + this. Ranking only: it decides
    /// no refusal. Default 0.3 (chosen on the development questions; 0 switches it off).
    /// </summary>
    [Range(0.0, 10.0, ErrorMessage = "Answering:PersonBoost must be between 0 and 10.")]
    public double PersonBoost { get; set; } = 0.3;

    /// <summary>
    /// A word of the question that no passage holds and that carries less than this share of the question's meaning
    /// (one minus the cosine between the question and the question without it) frames the question: its absence is no
    /// gap ("sorry", "supposed" in a chatty question). Default 0.015 (chosen on the development questions; 0 switches
    /// it off).
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:FramingMeaningShare must be between 0 and 1.")]
    public double FramingMeaningShare { get; set; } = 0.015;

    /// <summary>Passages taken from each ranking (words, meaning) before they are fused. Default 100.</summary>
    [Range(10, 10_000, ErrorMessage = "Answering:CandidatePassages must be between 10 and 10000.")]
    public int CandidatePassages { get; set; } = 100;

    /// <summary>A passage after the first is shown only when it scores at least this share of the best. Default 0.35.</summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:MinRelativeScore must be between 0 and 1.")]
    public double MinRelativeScore { get; set; } = 0.35;

    /// <summary>
    /// A further passage from an article already shown counts this share of its score, so a close passage
    /// from another article is preferred. Default 0.8.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:SameArticleFactor must be between 0 and 1.")]
    public double SameArticleFactor { get; set; } = 0.8;

    /// <summary>
    /// How many of the best candidates are read sentence by sentence with the model's word-piece vectors. Answerability
    /// weighs the best one's reading only; more are read for measuring a reranker. Default 1.
    /// </summary>
    [Range(1, 100, ErrorMessage = "Answering:ReadPassages must be between 1 and 100.")]
    public int ReadPassages { get; set; } = 1;

    /// <summary>Memory for the word-piece vectors of sentences already read, in megabytes (about 50 KB a sentence). Default 256.</summary>
    [Range(1, 65_536, ErrorMessage = "Answering:ReadingCacheMegabytes must be between 1 and 65536.")]
    public int ReadingCacheMegabytes { get; set; } = 256;

    /// <summary>
    /// A refused question whose answerability is at least this share of the threshold is on the articles' subject:
    /// the refusal shows the closest passages as related ones ("My sources don't say that. The closest they come: …").
    /// Below it, the refusal stands alone. Default 0.5.
    /// </summary>
    [Range(0.0, 1.0, ErrorMessage = "Answering:RelatedShare must be between 0 and 1.")]
    public double RelatedShare { get; set; } = 0.5;

    /// <summary>Related passages shown with such a refusal. Default 2.</summary>
    [Range(1, 5, ErrorMessage = "Answering:MaxRelatedPassages must be between 1 and 5.")]
    public int MaxRelatedPassages { get; set; } = 2;

    /// <summary>Example questions offered in help texts and refusals. Default: <see cref="DefaultExampleQuestions"/>.</summary>
    public List<string> ExampleQuestions { get; set; } = [];

    /// <summary>Used when <see cref="ExampleQuestions"/> is empty (configuration lists add to a default, so it stays empty).</summary>
    public static IReadOnlyList<string> DefaultExampleQuestions { get; } =
    [
        "How many US soldiers are in Kosovo?",
        "What did NATO's Secretary General say about KFOR?",
        "Who is Kadri Kastrati?",
    ];

    public IReadOnlyList<string> EffectiveExampleQuestions => ExampleQuestions.Count > 0 ? ExampleQuestions : DefaultExampleQuestions;
}
