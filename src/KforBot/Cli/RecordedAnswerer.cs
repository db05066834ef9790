using KforBot.Answering;
using KforBot.Log;

namespace KforBot.Cli;

/// <summary>Answers a question and records it in the interaction log, when there is one.</summary>
internal sealed class RecordedAnswerer(IQuestionAnswerer answerer, IInteractionLog? log, Asker asker, TimeProvider timeProvider)
{
    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken)
    {
        var started = timeProvider.GetTimestamp();
        var answer = await answerer.AnswerAsync(question, cancellationToken).ConfigureAwait(false);
        log?.Record(asker, answer, timeProvider.GetElapsedTime(started));
        return answer;
    }
}
