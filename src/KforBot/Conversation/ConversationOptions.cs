using System.ComponentModel.DataAnnotations;

namespace KforBot.Conversation;

/// <summary>
/// The limits of the <see cref="RequestDesk"/>, validated at start-up. Telegram is the channel that holds the room
/// (the console chat has no per-user limit and no buttons to keep answers for), so they are read from section
/// <c>Telegram</c>, under the keys appsettings.example.json and README document.
/// </summary>
internal sealed class ConversationOptions
{
    public const string SectionName = "Telegram";

    /// <summary>Longest question read, in characters; longer text gets a request to ask more briefly. Default 1000.</summary>
    [Range(10, 4000, ErrorMessage = "Telegram:MaxQuestionLength must be between 10 and 4000.")]
    public int MaxQuestionLength { get; set; } = 1000;

    /// <summary>Questions one user may ask per minute before being asked to wait. Default 10.</summary>
    [Range(1, 1000, ErrorMessage = "Telegram:QuestionsPerUserPerMinute must be between 1 and 1000.")]
    public int QuestionsPerUserPerMinute { get; set; } = 10;

    /// <summary>How long "More sources" and the feedback buttons keep working under an answer. Default 7 days.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "365.00:00:00", ErrorMessage = "Telegram:AnswerRetention must be between 00:01:00 and 365.00:00:00.")]
    public TimeSpan AnswerRetention { get; set; } = TimeSpan.FromDays(7);
}
