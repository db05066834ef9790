using KforBot.Answering;
using KforBot.Conversation;

namespace KforBot.Telegram.Formatting;

/// <summary>The bot's replies that are Telegram's own (its commands, groups, buttons), as Telegram HTML.</summary>
internal static class BotReplies
{
    public const string ThankYou = Replies.YoureWelcome + " Send /help to see what I can do, or ask another question.";
    public const string UnknownButton = "This button no longer works. Please ask your question again.";

    public static string Help(int articleCount, IReadOnlyList<string> examples, bool isStart)
    {
        var intro = isStart ? HelpText.Greeting(articleCount) : HelpText.Intro(articleCount);
        var lines = new List<string>
        {
            TelegramHtml.Escape(intro),
            "I only quote my sources: every answer is passages copied word for word, each with its title, outlet and date.",
            AnswerHtmlFormatter.Suggestions(examples.Take(3)),
            "/sources lists my articles, /help shows this message. In a group, ask with /ask, mention me, or reply to one of my messages.",
            "/privacy says what I keep about your questions; /forget deletes it.",
        };
        return string.Join("\n\n", lines);
    }

    /// <summary>The articles the bot can quote, as blocks to pack into messages.</summary>
    public static IReadOnlyList<string> Sources(IReadOnlyList<Citation> sources) =>
        [Replies.SourcesLead(sources.Count), .. sources.Select(s => "• " + AnswerHtmlFormatter.Citation(s))];
}
