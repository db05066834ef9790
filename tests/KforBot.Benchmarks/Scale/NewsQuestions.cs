namespace KforBot.Benchmarks.Scale;

/// <summary>
/// The fixed question set of the latency measurements: 200 news-style questions, a fifth about KFOR (the seed
/// articles), the rest about the business news of the scale corpus; at the seed size most of those are refused,
/// which is part of the work a bot does too. Ten more questions, one of each kind, warm the process up (code
/// compiled on first use) and are not timed.
/// </summary>
internal static class NewsQuestions
{
    /// <summary>One of each kind of question (figures, names, synonyms, definitions, refusals, greetings), none of them timed.</summary>
    public static IReadOnlyList<string> WarmUp { get; } =
    [
        "What is NATO?", "How many soldiers serve in Camp Bondsteel?", "What did Jens Stoltenberg say about Serbia?",
        "Is the U.S. pulling its troops out of the Balkans?", "How much did copper prices fall?", "hello",
        "What did the central bank say about the dollar?", "Who is the president of Kosovo?", "asdf qwerty",
        "What happened in Mitrovica in 2023?",
    ];

    private static readonly string[] KforQuestions =
    [
        "How many troops does KFOR have?", "How many countries contribute soldiers to KFOR?", "Where is Camp Bondsteel?",
        "When was the KFOR mission established?", "How many US soldiers serve in Kosovo?", "Is the US withdrawing troops from Kosovo?",
        "What did Mark Rutte say about KFOR?", "What did Vjosa Osmani say about American troops?", "Who commands KFOR?",
        "What is NATO's mission in Kosovo?", "Will European forces replace American soldiers in Kosovo?", "What did NATO deny?",
        "Is there a security vacuum in Kosovo?", "What role does KFOR play in northern Kosovo?", "Why did Rutte visit Kosovo?",
        "How strong is KFOR today?", "What did the Pentagon say about Kosovo?", "Who is Kadri Kastrati?",
        "What happened in Banjska?", "Does KFOR cooperate with the Kosovo Security Force?", "What is the Kosovo Security Force?",
        "How many soldiers were in KFOR in 1999?", "What did the NATO spokesperson say?", "Are Italian troops part of KFOR?",
        "What did Osmani say about the United States?", "How long has KFOR been in Kosovo?", "What is UNSCR 1244?",
        "Which countries lead KFOR regional commands?", "What did the US ambassador say about KFOR?", "Is KFOR neutral?",
        "What did Serbia say about KFOR?", "Who visited Camp Film City?", "What are KFOR's tasks?",
        "Did NATO reinforce KFOR in 2023?", "What did Albin Kurti say about NATO?", "How many Americans are in KFOR?",
        "What does KFOR do at the border?", "Who is NATO's Secretary General?", "What did Trump say about Kosovo?",
        "Is KFOR reducing its presence?",
    ];

    private static readonly string[] Subjects =
    [
        "cocoa", "coffee prices", "crude oil", "OPEC", "the Bundesbank", "interest rates", "the dollar", "wheat exports",
        "sugar", "gold", "copper", "the Federal Reserve", "Japan's trade surplus", "grain", "soybeans", "natural gas",
        "steel", "Chrysler", "IBM", "Texaco", "the money supply", "corn", "cotton", "rubber", "tin", "Brazil's debt",
        "the yen", "inflation", "GNP", "retail sales", "housing starts", "the trade deficit", "takeover bids", "dividends",
        "quarterly earnings", "Saudi Arabia", "the EC", "China", "Argentina", "Canada",
    ];

    private static readonly string[] Patterns =
    [
        "What did Reuters report about {0}?", "How much did {0} change in 1987?", "Who commented on {0}?",
        "What happened to {0} last week?",
    ];

    // Declared after the lists it is built from: static fields are initialised in the order they are written.
    public static IReadOnlyList<string> Timed { get; } = Build();

    private static List<string> Build()
    {
        var questions = new List<string>(KforQuestions);
        foreach (var pattern in Patterns)
        {
            questions.AddRange(Subjects.Select(subject => string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, subject)));
        }

        return questions;
    }
}
