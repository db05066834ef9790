namespace KforBot.Log;

/// <summary>A user's 👍 or 👎 on an answer.</summary>
internal enum Feedback
{
    Up,
    Down,
}
