namespace KforBot.Answering.Questions;

/// <summary>
/// The small English word lists that question analysis needs. They describe how people ask questions,
/// not what the corpus says, so they stay the same whatever articles are indexed.
/// </summary>
internal static class WordLists
{
    /// <summary>Words that carry no subject: articles, pronouns, auxiliaries, question words, generic verbs.</summary>
    public static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "a", "an", "and", "are", "as", "at", "be", "been", "being", "but", "by", "for", "from", "if", "in", "into",
        "is", "it", "its", "it's", "no", "not", "of", "on", "onto", "or", "such", "that", "the", "their", "theirs",
        "then", "there", "these", "they", "them", "this", "those", "to", "was", "were", "will", "with", "within",
        "i", "me", "my", "mine", "we", "us", "our", "ours", "you", "your", "yours", "he", "him", "his", "she", "her",
        "hers", "itself", "himself", "herself", "themselves", "one", "ones",
        "what", "whats", "which", "who", "whom", "whose", "when", "where", "why", "how", "whether",
        "do", "does", "did", "doing", "done", "don", "doesn", "didn", "has", "have", "had", "having", "am",
        "can", "could", "would", "should", "shall", "may", "might", "must", "ll", "ve", "re", "d", "s", "t", "m",
        "about", "any", "some", "all", "many", "much", "more", "less", "least", "so", "very", "too", "just",
        "also", "only", "than", "up", "down", "off", "over", "under", "again", "each", "few", "both", "other",
        "same", "own", "here", "now", "then", "ever", "yet", "still", "there", "please", "kindly",
        "tell", "told", "telling", "say", "said", "says", "saying", "know", "knows", "known", "explain", "describe",
        "give", "show", "list", "find", "get", "got", "make", "made", "go", "goes", "going", "gone", "happen",
        "happened", "happens", "happening", "regarding", "concerning", "according", "anything", "something",
        "everything", "nothing", "thing", "things", "someone", "anyone", "somebody", "anybody", "way", "ways",
        "there's", "let", "lets", "want", "wants", "need", "like", "mean", "means", "meant", "exactly", "really",
        "actually", "currently", "current", "today", "right", "kind", "sort", "type", "else", "via", "per",
    };

    /// <summary>Words a greeting or a thank-you is made of; a message of only these gets the help text.</summary>
    public static readonly HashSet<string> GreetingWords = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "heya", "hiya", "yo", "howdy", "greetings", "thanks", "thank", "thx", "ty", "cheers",
        "bye", "goodbye", "ok", "okay", "cool", "great", "nice", "awesome", "perfect", "help", "start", "morning",
        "afternoon", "evening", "night", "day", "good", "you", "very", "much", "a", "lot", "so", "there", "all",
        "bot", "kforbot", "again", "dear", "friend", "sir", "madam", "please", "how", "are", "is", "it", "going",
        "what", "up", "sup", "welcome", "appreciate", "it", "again", "well", "done", "hallo", "ciao", "salut",
        "pershendetje", "zdravo", "faleminderit", "hvala", "merci", "danke", "bonjour", "hola", "can", "do", "who",
        "your", "me", "yourself", "about", "tell",
    };

    /// <summary>At least one of these must be present for a message to count as a greeting.</summary>
    public static readonly HashSet<string> GreetingCores = new(StringComparer.Ordinal)
    {
        "hi", "hello", "hey", "heya", "hiya", "yo", "howdy", "greetings", "thanks", "thank", "thx", "ty", "cheers",
        "bye", "goodbye", "morning", "afternoon", "evening", "help", "start", "sup", "appreciate", "hallo", "ciao",
        "salut", "pershendetje", "zdravo", "faleminderit", "hvala", "merci", "danke", "ok", "okay", "cool", "great",
        "nice", "awesome", "perfect", "welcome", "bonjour", "hola",
    };
}
