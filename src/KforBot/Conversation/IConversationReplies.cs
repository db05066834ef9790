using KforBot.Answering;

namespace KforBot.Conversation;

/// <summary>
/// How a channel says what the <see cref="RequestDesk"/> decided, in reply to one request: plain text is the room's,
/// the markup and the sending are the channel's.
/// </summary>
internal interface IConversationReplies
{
    /// <summary>One plain-text reply.</summary>
    Task SayAsync(string text, CancellationToken cancellationToken);

    /// <summary>Plain-text lines (a reindex report), in as few messages as fit.</summary>
    Task SayLinesAsync(IReadOnlyList<string> lines, CancellationToken cancellationToken);

    /// <summary>The reply to a thank-you: "You're welcome!" and what the channel offers next.</summary>
    Task SayYoureWelcomeAsync(CancellationToken cancellationToken);

    /// <summary>What the bot does and how to ask, with example questions; <paramref name="isStart"/> for a first greeting.</summary>
    Task ShowHelpAsync(int articleCount, IReadOnlyList<string> examples, bool isStart, CancellationToken cancellationToken);

    /// <summary>The articles the bot quotes.</summary>
    Task ShowSourcesAsync(IReadOnlyList<Citation> sources, CancellationToken cancellationToken);

    /// <summary>An answer or refusal with <paramref name="lead"/> above it; <paramref name="entryId"/> is its log entry, for feedback.</summary>
    Task ShowAnswerAsync(Answer answer, string lead, string? entryId, CancellationToken cancellationToken);

    /// <summary>Shows that an answer is being looked for, beside the answer (a channel may show nothing); a failure it can go on from is the channel's to log, not to throw.</summary>
    Task ShowTypingAsync(CancellationToken cancellationToken);
}
