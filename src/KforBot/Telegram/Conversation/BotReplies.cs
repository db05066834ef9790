using System.Globalization;
using KforBot.Answering;
using KforBot.Formatting;
using KforBot.Telegram.Formatting;

namespace KforBot.Telegram.Conversation;

/// <summary>The bot's fixed replies, as Telegram HTML.</summary>
internal static class BotReplies
{
    public const string AnswerLead = ClaimDetector.AnswerLead;
    public const string ClaimLead = ClaimDetector.ClaimLead;
    public const string MoreLead = "More from my sources:";
    public const string NonText = "I can only read text questions. Please type your question.";
    public const string AskWithoutQuestion = "Please write your question after /ask, for example: /ask What is KFOR's mission?";
    public const string UnknownCommand = "I don't know that command. Send /help to see what I can do.";
    public const string Expired = "This answer has expired. Please ask your question again.";
    public const string NoMorePassages = "I have no further passages on this question.";
    public const string ThanksHelpful = "Thank you! Noted that this answer helped.";
    public const string ThanksNotHelpful = "Thank you! Noted that this answer did not help; a moderator will review it.";
    public const string UnknownButton = "This button no longer works. Please ask your question again.";
    public const string RecordsUnavailable = "Sorry, I cannot look up this answer right now. Please try again in a few minutes.";
    public const string WillNotify = "Noted. If a new article answers this question, I will send you the answer here, once.";
    public const string ForgetUnavailable = "Sorry, I cannot delete your questions right now; nothing was deleted. Please try /forget again in a few minutes.";
    public const string NotAllowed = "Sorry, this command is not allowed for you. It is for the people who run this bot.";

    public static string Help(int articleCount, IReadOnlyList<string> examples, bool isStart)
    {
        var intro = isStart ? HelpText.Greeting(articleCount) : HelpText.Intro(articleCount);
        var lines = new List<string>
        {
            TelegramHtml.Escape(intro),
            "I only quote my sources: every answer is passages copied word for word, each with its title, outlet and date.",
            TelegramHtml.Escape(HelpText.SuggestionLead) + "\n" + string.Join("\n", examples.Take(3).Select(q => "• " + TelegramHtml.Escape(q))),
            "/sources lists my articles, /help shows this message. In a group, ask with /ask, mention me, or reply to one of my messages.",
            "/privacy says what I keep about your questions; /forget deletes it.",
        };
        return string.Join("\n\n", lines);
    }

    /// <summary>The articles the bot can quote, as blocks to pack into messages.</summary>
    public static IReadOnlyList<string> Sources(IReadOnlyList<Citation> sources)
    {
        if (sources.Count == 0)
        {
            return ["I have no articles indexed yet, so I cannot answer questions right now."];
        }

        var blocks = new List<string> { $"I quote from these {sources.Count} articles:" };
        blocks.AddRange(sources.Select(s => "• " + AnswerHtmlFormatter.Citation(s)));
        return blocks;
    }

    public static string Forgotten(int count) => count switch
    {
        0 => "I had no questions of yours to delete.",
        1 => "Done: I deleted the 1 question of yours I had kept.",
        _ => $"Done: I deleted the {count.ToString("N0", CultureInfo.InvariantCulture)} questions of yours I had kept.",
    };

    /// <summary>The line above an answer a new article made possible, for someone who asked to be notified.</summary>
    public static string SourceAppeared(string question, DateTimeOffset askedAt, Citation source) =>
        $"You asked me on {askedAt.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}: “{question}”. I could not answer then; "
        + $"a new article, “{source.Title}” ({source.Outlet}), now lets me. Here is what my sources say:";

    public static string TooLong(int maxLength) =>
        $"That is longer than I can read at once. Please ask more briefly, in fewer than {maxLength.ToString("N0", CultureInfo.InvariantCulture)} characters.";

    public static string PleaseWait(TimeSpan wait) =>
        $"You are asking faster than I can answer. Please wait about {Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))} seconds before your next question.";
}
