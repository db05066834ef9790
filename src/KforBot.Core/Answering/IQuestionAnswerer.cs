namespace KforBot.Answering;

/// <summary>Answers a question from the corpus, or refuses. Never throws for any question text.</summary>
public interface IQuestionAnswerer
{
    /// <summary>Answers with the first page of passages.</summary>
    Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken);

    /// <summary>Answers with the passages after the first <paramref name="skip"/> ("More sources").</summary>
    Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken);
}
