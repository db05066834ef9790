namespace KforBot.Conversation;

/// <summary>An answer as shown in a chat: what "More sources" continues from.</summary>
/// <param name="Id">The id in callback data.</param>
/// <param name="ChatId">The chat it was sent to.</param>
/// <param name="Question">The question as the answerer read it.</param>
/// <param name="Shown">Passages shown for this question so far, counting earlier pages.</param>
/// <param name="CreatedAt">When it was sent.</param>
internal sealed record ShownAnswer(long Id, long ChatId, string Question, int Shown, DateTimeOffset CreatedAt);
