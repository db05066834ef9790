namespace KforBot.Conversation.Operators;

/// <summary>What making the index current at start gave: whether it was rebuilt, or why there is none to answer from.</summary>
/// <param name="Rebuilt">Whether the index was (re)built, so that refused questions are worth asking again.</param>
/// <param name="Problem">Null when the bot can answer; otherwise the reason, in words for the operator.</param>
internal sealed record IndexStart(bool Rebuilt, string? Problem);
