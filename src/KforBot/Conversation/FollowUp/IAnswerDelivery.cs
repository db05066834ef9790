using KforBot.Answering;

namespace KforBot.Conversation.FollowUp;

/// <summary>A channel that can send an answer later, to the address a user gave with "notify me" (Telegram: a chat id).</summary>
internal interface IAnswerDelivery
{
    /// <summary>Whether the address is one this channel can send to.</summary>
    bool CanDeliverTo(string address);

    /// <summary>Sends the answer, after <paramref name="lead"/>, not as a reply and without feedback buttons.</summary>
    Task DeliverAsync(string address, Answer answer, string lead, CancellationToken cancellationToken);
}
