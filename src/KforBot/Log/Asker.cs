namespace KforBot.Log;

/// <summary>Who asked, as the channel knows them: the raw user id is turned into a pseudonym before anything is stored.</summary>
/// <param name="Channel">Console or Telegram.</param>
/// <param name="ChatType">The kind of chat: Telegram's <c>private</c>, <c>group</c>, <c>supergroup</c>; on the console <c>chat</c>, <c>ask</c> or <c>eval</c>.</param>
/// <param name="UserId">The channel's id of the user (a Telegram user id, the operating system's user name).</param>
internal sealed record Asker(LogChannel Channel, string ChatType, string UserId);
