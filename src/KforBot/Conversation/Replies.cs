using System.Globalization;
using KforBot.Answering;
using KforBot.Formatting;

namespace KforBot.Conversation;

/// <summary>The bot's fixed replies that every channel gives, as plain text (Telegram escapes them).</summary>
internal static class Replies
{
    public const string YoureWelcome = "You're welcome!";
    public const string MoreLead = "More from my sources:";
    public const string ThanksHelpful = "Thank you! Noted that this answer helped.";
    public const string ThanksNotHelpful = "Thank you! Noted that this answer did not help; a moderator will review it.";
    public const string WillNotify = "Noted. If a new article answers this question, I will send you the answer here, once.";
    public const string ForgetUnavailable = "Sorry, I cannot delete your questions right now; nothing was deleted. Please try /forget again in a few minutes.";
    public const string NotAllowed = "Sorry, this command is not allowed for you. It is for the people who run this bot.";
    public const string AnswerExpired = "This answer has expired. Please ask your question again.";
    public const string AnswersUnavailable = "Sorry, I cannot look up this answer right now. Please try again in a few minutes.";
    public const string NonText = "I can only read text questions. Please type your question.";
    public const string AskWithoutQuestion = "Please write your question after /ask, for example: /ask What is KFOR's mission?";
    public const string UnknownCommand = "I don't know that command. Send /help to see what I can do.";

    /// <summary>"More sources" past the last passage: the refusal's own words.</summary>
    public static string NoMorePassages { get; } = ReasonText.Of(new Refusal(RefusalKind.NoFurtherPassages));

    /// <summary>The line above the list of articles the bot quotes, or the words for none.</summary>
    public static string SourcesLead(int count) =>
        count == 0 ? "I have no articles indexed yet, so I cannot answer questions right now." : $"I quote from these {count} articles:";

    public static string Forgotten(int count) => count switch
    {
        0 => "I had no questions of yours to delete.",
        1 => "Done: I deleted the 1 question of yours I had kept.",
        _ => $"Done: I deleted the {count.ToString("N0", CultureInfo.InvariantCulture)} questions of yours I had kept.",
    };

    public static string TooLong(int maxLength) =>
        $"That is longer than I can read at once. Please ask more briefly, in fewer than {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters.";

    /// <summary>To a user over the question limit (<see cref="QuestionRateLimiter"/>), once per stretch.</summary>
    public static string PleaseWait(TimeSpan wait) =>
        $"You are asking faster than I can answer. Please wait about {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds before your next question.";

    /// <summary>The line above an answer a new article made possible, for someone who asked to be notified.</summary>
    public static string SourceAppeared(string question, DateTimeOffset askedAt, Citation source) =>
        $"You asked me on {askedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: “{question}”. I could not answer then; "
        + $"a new article, “{source.Title}” ({source.Outlet}), now lets me. Here is what my sources say:";
}
