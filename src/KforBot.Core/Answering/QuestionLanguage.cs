using System.Collections.Frozen;

namespace KforBot.Answering;

/// <summary>
/// Whether a question is written in English, judged from evidence in its own text. The articles are English and
/// are searched with English analysis, so a question in Albanian or Serbian was refused with a false reason ("none
/// of my articles mentions “Kosovë”"); such a question gets a plain word about the language instead.
/// </summary>
/// <remarks>
/// The evidence: the script (mostly Cyrillic letters), and the words. The very common function words of Albanian
/// and Serbian count against those of English; a word that is common in both (Albanian "a", "e", "me", "do";
/// Serbian "i", "u", "o", "to") counts for neither. A lower-case word spelled with letters English does not use
/// (ë, ç, š, č, ć, ž, đ) counts as Albanian or Serbian, but a capitalised one does not: English questions name
/// Albanian and Serbian people and places ("Is Çeku in KFOR?", "What happened in Mitrovicë?"). A question is
/// taken as not English when at least two words speak for Albanian or Serbian and they outnumber the English ones;
/// too little evidence ("kfor prishtina") leaves it English.
/// </remarks>
internal sealed class QuestionLanguage
{
    private const int MinForeignWords = 2;

    private static readonly FrozenSet<string> EnglishFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        "the", "an", "is", "are", "was", "were", "be", "been", "being", "am", "what", "who", "whom", "whose", "which",
        "how", "many", "much", "when", "where", "why", "does", "did", "has", "have", "had", "in", "of", "to", "and",
        "or", "for", "on", "with", "about", "at", "by", "from", "as", "into", "there", "it", "its", "this", "that",
        "these", "those", "they", "them", "their", "he", "she", "his", "her", "we", "our", "you", "your", "will",
        "would", "can", "could", "should", "any", "not", "no", "still", "say", "said", "says", "tell", "us", "than",
        "all", "more", "after", "before", "if", "so", "now", "just");

    private static readonly FrozenSet<string> AlbanianOrSerbianFunctionWords = FrozenSet.Create(StringComparer.Ordinal,
        // Albanian
        "ka", "kanë", "kane", "kishte", "në", "sa", "është", "eshte", "ishte", "janë", "jane", "dhe", "edhe", "për",
        "të", "te", "nga", "që", "qe", "nuk", "ku", "kush", "çfarë", "cfare", "çka", "si", "pse", "kur", "një", "nje",
        "ky", "kjo", "këtë", "kete", "atë", "mbi", "apo", "ose", "cili", "cila", "tha", "thotë", "më", "jo", "po",
        // Serbian (Latin script; Cyrillic is recognised by its letters)
        "je", "li", "koliko", "ima", "imaju", "na", "da", "su", "ko", "šta", "sta", "gde", "gdje", "kada", "kako",
        "zašto", "zasto", "koji", "koja", "koje", "kod", "iz", "od", "za", "ne", "nije", "ali", "ili", "bi", "bio",
        "bila", "sam", "će", "ce", "jer", "kao", "samo", "još", "jos", "što", "sve", "rekao", "rekla");

    private QuestionLanguage(int englishWords, int foreignWords, bool mostlyCyrillic)
    {
        EnglishWords = englishWords;
        ForeignWords = foreignWords;
        IsEnglish = !mostlyCyrillic && (foreignWords < MinForeignWords || foreignWords <= englishWords);
    }

    /// <summary>How many words speak for English.</summary>
    public int EnglishWords { get; }

    /// <summary>How many words speak for Albanian or Serbian.</summary>
    public int ForeignWords { get; }

    public bool IsEnglish { get; }

    public static QuestionLanguage Of(string question)
    {
        var (letters, cyrillic, english, foreign) = (0, 0, 0, 0);
        var start = -1;
        for (var i = 0; i <= question.Length; i++)
        {
            var isLetter = i < question.Length && char.IsLetter(question[i]);
            if (isLetter)
            {
                letters++;
                cyrillic += question[i] is >= '\u0400' and <= '\u04FF' ? 1 : 0;
                start = start < 0 ? i : start;
                continue;
            }

            if (start >= 0)
            {
                var word = question[start..i];
                var lower = word.ToLowerInvariant();
                english += EnglishFunctionWords.Contains(lower) ? 1 : 0;
                foreign += AlbanianOrSerbianFunctionWords.Contains(lower) || (word == lower && lower.AsSpan().IndexOfAny("ëçšćčžđ") >= 0) ? 1 : 0;
                start = -1;
            }
        }

        return new QuestionLanguage(english, foreign, mostlyCyrillic: cyrillic * 2 > letters);
    }
}
