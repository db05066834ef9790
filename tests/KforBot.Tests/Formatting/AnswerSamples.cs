using KforBot.Answering;

namespace KforBot.Tests.Formatting;

/// <summary>One answer of each kind, for the formatters' tests: a kind added without a sample does not compile.</summary>
internal static class AnswerSamples
{
    public static Answer Of(AnswerKind kind) => new("q", kind switch
    {
        AnswerKind.Answered => new AnswerOutcome.Answered([], 0, FiguresDiffer: false),
        AnswerKind.Refused => new AnswerOutcome.Refused(new Refusal(RefusalKind.NothingToLookUp), []),
        AnswerKind.Greeting => new AnswerOutcome.Greeting(5, []),
        AnswerKind.NotEnglish => new AnswerOutcome.NotEnglish("What is KFOR?"),
        AnswerKind.Related => new AnswerOutcome.Related([], [], MissingEvidence: null),
    });
}
