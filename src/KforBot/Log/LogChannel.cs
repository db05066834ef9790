namespace KforBot.Log;

/// <summary>Where a question came from.</summary>
internal enum LogChannel
{
    Console,
    Telegram,
}
