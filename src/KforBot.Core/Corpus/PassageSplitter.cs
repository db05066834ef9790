namespace KforBot.Corpus;

/// <summary>
/// Cuts an article body into passages of about a paragraph. Markdown headings (<c>## ...</c>) are not
/// passages: they label the passages under them. A fragment too short to stand alone joins its neighbour,
/// and a long paragraph is split at sentence boundaries into passages of similar length.
/// </summary>
internal static class PassageSplitter
{
    /// <summary>A paragraph with fewer words is a fragment (a dateline, a one-line quote) and joins a neighbour.</summary>
    public const int MinWords = 8;

    /// <summary>A paragraph with more words is split at sentence boundaries.</summary>
    public const int MaxWords = 110;

    /// <summary>The length long paragraphs are cut towards.</summary>
    public const int TargetWords = 70;

    /// <summary>A one-sentence paragraph of at most this many words may be the lead-in of the next one.</summary>
    public const int LeadInWords = 30;

    /// <summary>Words that open a paragraph continuing the one before: who "he" is, or whose the quote is, is said there.</summary>
    private static readonly HashSet<string> BackReferences = new(StringComparer.Ordinal)
    {
        "He", "She", "They", "It", "His", "Her", "Their", "Its", "This", "These", "Those",
    };

    public static List<Passage> Split(Article article) => Split(article.Id, article.Body);

    /// <summary>The passages of <paramref name="article"/>; a long article stops between paragraphs when <paramref name="cancellationToken"/> is cancelled.</summary>
    public static List<Passage> Split(Article article, CancellationToken cancellationToken) => Split(article.Id, article.Body, cancellationToken);

    /// <summary>The passages of the body of the article <paramref name="articleId"/>, in order.</summary>
    public static List<Passage> Split(string articleId, string body, CancellationToken cancellationToken = default)
    {
        var passages = new List<Passage>();
        foreach (var (heading, paragraph, words) in MergeFragments(Paragraphs(body)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (piece, pieceWords) in SplitLong(paragraph, words))
            {
                passages.Add(new Passage(articleId, passages.Count, heading, piece, pieceWords));
            }
        }

        return passages;
    }

    public static int CountWords(string text) => CountWords(text.AsSpan());

    private static int CountWords(ReadOnlySpan<char> text)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var isWord = char.IsLetterOrDigit(c);
            count += isWord && !inWord ? 1 : 0;
            inWord = isWord;
        }

        return count;
    }

    /// <summary>The paragraphs of a body (runs of lines between empty lines or headings), with their word counts.</summary>
    private static List<(string? Heading, string Text, int Words)> Paragraphs(string body)
    {
        var paragraphs = new List<(string? Heading, string Text, int Words)>();
        string? heading = null;
        var lines = new List<string>();
        var words = 0;
        var start = 0;
        while (start <= body.Length)
        {
            var end = body.IndexOf('\n', start);
            end = end < 0 ? body.Length : end;
            var line = body.AsSpan(start, end - start).Trim();
            start = end + 1;
            var isHeading = line.StartsWith('#');
            if ((line.IsEmpty || isHeading) && lines.Count > 0)
            {
                paragraphs.Add((heading, string.Join(' ', lines), words));
                lines.Clear();
                words = 0;
            }

            if (isHeading)
            {
                var text = line.TrimStart('#').Trim();
                heading = text.IsEmpty ? null : text.ToString();
            }
            else if (!line.IsEmpty)
            {
                lines.Add(line.ToString());
                words += CountWords(line);
            }
        }

        if (lines.Count > 0)
        {
            paragraphs.Add((heading, string.Join(' ', lines), words));
        }

        return paragraphs;
    }

    private static List<(string? Heading, string Text, int Words)> MergeFragments(IEnumerable<(string? Heading, string Text, int Words)> paragraphs)
    {
        var merged = new List<(string? Heading, string Text, int Words)>();
        (string Text, int Words)? pendingFragment = null;
        foreach (var (heading, text, words) in paragraphs)
        {
            var combined = pendingFragment is { } pending ? (Text: pending.Text + "\n" + text, Words: pending.Words + words) : (Text: text, Words: words);
            pendingFragment = null;

            // A paragraph ending with a colon introduces the next one (usually a quote): they stay together.
            if (combined.Words < MinWords || combined.Text.AsSpan().TrimEnd().EndsWith(':'))
            {
                pendingFragment = combined;
                continue;
            }

            // "Another element was added by US Vice President JD Vance." then "He criticized …": quoted apart, the
            // second would not say who spoke. A one-sentence lead-in keeps the paragraph that refers back to it.
            if (merged.Count > 0 && merged[^1] is var previous && previous.Heading == heading && RefersBack(combined.Text)
                && previous.Words + combined.Words <= MaxWords && IsLeadIn(previous.Text, previous.Words))
            {
                merged[^1] = (heading, previous.Text + "\n" + combined.Text, previous.Words + combined.Words);
                continue;
            }

            merged.Add((heading, combined.Text, combined.Words));
        }

        if (pendingFragment is { } fragment)
        {
            if (merged.Count > 0)
            {
                var (heading, last, lastWords) = merged[^1];
                merged[^1] = (heading, last + "\n" + fragment.Text, lastWords + fragment.Words);
            }
            else
            {
                merged.Add((null, fragment.Text, fragment.Words));
            }
        }

        return merged;
    }

    private static bool IsLeadIn(string text, int words) =>
        words <= LeadInWords && !text.Contains('\n', StringComparison.Ordinal) && SentenceSplitter.Split(text).Count == 1;

    /// <summary>Opens with a pronoun or with a quotation: its speaker or subject is named before it.</summary>
    private static bool RefersBack(string text)
    {
        var trimmed = text.AsSpan().TrimStart();
        if (trimmed.IsEmpty)
        {
            return false;
        }

        if (trimmed[0] is '"' or '“' or '«' or '„')
        {
            return true;
        }

        var end = 0;
        while (end < trimmed.Length && char.IsLetter(trimmed[end]))
        {
            end++;
        }

        return BackReferences.Contains(trimmed[..end].ToString());
    }

    private static IEnumerable<(string Text, int Words)> SplitLong(string paragraph, int words)
    {
        if (words <= MaxWords)
        {
            yield return (paragraph, words);
            yield break;
        }

        var sentences = SentenceSplitter.Split(paragraph);
        var pieces = (int)Math.Ceiling(words / (double)TargetWords);
        var target = words / (double)pieces;
        var current = new List<string>();
        var currentWords = 0;
        foreach (var sentence in sentences)
        {
            var sentenceWords = CountWords(sentence);
            if (current.Count > 0 && currentWords + (sentenceWords / 2.0) > target)
            {
                yield return (string.Join(' ', current), currentWords);
                current.Clear();
                currentWords = 0;
            }

            current.Add(sentence);
            currentWords += sentenceWords;
        }

        if (current.Count > 0)
        {
            yield return (string.Join(' ', current), currentWords);
        }
    }
}
