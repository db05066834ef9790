namespace KforBot.Answering;

/// <summary>The bot's words about itself: greeting, help and the suggestions that follow a refusal.</summary>
public static class HelpText
{
    public static string Greeting(int articleCount) =>
        $"Hello! I answer questions about KFOR, NATO's Kosovo Force, only by quoting my {Articles(articleCount)}, "
        + "each passage word for word with its source. I add nothing of my own: when my articles don't answer a question, I say so.";

    public static string Intro(int articleCount) =>
        $"I answer questions about KFOR, NATO's Kosovo Force, by quoting my {Articles(articleCount)} word for word, "
        + "each with its title, outlet and date. When they don't answer a question, I say so instead of guessing.";

    public static string SuggestionLead => "You could ask, for example:";

    private static string Articles(int count) => count == 1 ? "only news article" : $"{count} news articles";
}
