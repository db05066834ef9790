using KforBot.Answering;
using KforBot.Log;

namespace KforBot.Moderation.Pages;

/// <summary>
/// A passage as the user saw it: its text and citation, or, when neither the log nor the index build that answered
/// can give them any more, why not (<see cref="Missing"/>), so no other text is ever shown in its place.
/// </summary>
internal sealed record ShownPassage(LoggedPassage Logged, Citation? Citation, string? Text, string? Missing);
