namespace KforBot.Answering.Training;

/// <summary>A question made from the corpus, with what the bot should do with it.</summary>
/// <param name="Text">The question as a person might type it.</param>
/// <param name="Kind">Answerable, a trap (on the corpus's subject, asking what it does not say) or out of scope.</param>
/// <param name="Template">Which pattern made it ("figure", "date", "who", "said", "keywords", "name-swap", …).</param>
/// <param name="Style">How it is typed: "plain", "lower", "typo" or "chatty".</param>
/// <param name="ArticleId">The article of the sentence it was made from (empty for out-of-scope questions).</param>
/// <param name="Position">That sentence's passage within its article.</param>
/// <param name="Sentence">The sentence it was made from: for an answerable question, the one that answers it.</param>
internal sealed record GeneratedQuestion(string Text, QuestionKind Kind, string Template, string Style, string ArticleId, int Position, string Sentence);

internal enum QuestionKind
{
    Answerable,
    Trap,
    OutOfScope,
}
