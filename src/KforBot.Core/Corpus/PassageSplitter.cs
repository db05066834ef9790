namespace KforBot.Corpus;

/// <summary>
/// Cuts an article body into passages of about a paragraph. Markdown headings (<c>## ...</c>) are not
/// passages: they label the passages under them. A fragment too short to stand alone joins its neighbour,
/// and a long paragraph is split at sentence boundaries into passages of similar length.
/// </summary>
public static class PassageSplitter
{
    /// <summary>A paragraph with fewer words is a fragment (a dateline, a one-line quote) and joins a neighbour.</summary>
    public const int MinWords = 8;

    /// <summary>A paragraph with more words is split at sentence boundaries.</summary>
    public const int MaxWords = 110;

    /// <summary>The length long paragraphs are cut towards.</summary>
    public const int TargetWords = 70;

    public static List<Passage> Split(Article article)
    {
        var passages = new List<Passage>();
        foreach (var (heading, paragraph) in MergeFragments(Paragraphs(article.Body)))
        {
            foreach (var piece in SplitLong(paragraph))
            {
                passages.Add(new Passage(article.Id, passages.Count, heading, piece, CountWords(piece)));
            }
        }

        return passages;
    }

    public static int CountWords(string text)
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

    private static IEnumerable<(string? Heading, string Text)> Paragraphs(string body)
    {
        string? heading = null;
        var lines = new List<string>();
        foreach (var rawLine in body.Split('\n').Append(string.Empty))
        {
            var line = rawLine.Trim();
            var isHeading = line.StartsWith('#');
            if ((line.Length == 0 || isHeading) && lines.Count > 0)
            {
                yield return (heading, string.Join(' ', lines));
                lines.Clear();
            }

            if (isHeading)
            {
                heading = line.TrimStart('#').Trim();
                heading = heading.Length == 0 ? null : heading;
            }
            else if (line.Length > 0)
            {
                lines.Add(line);
            }
        }
    }

    private static List<(string? Heading, string Text)> MergeFragments(IEnumerable<(string? Heading, string Text)> paragraphs)
    {
        var merged = new List<(string? Heading, string Text)>();
        string? pendingFragment = null;
        foreach (var (heading, text) in paragraphs)
        {
            var combined = pendingFragment is null ? text : pendingFragment + "\n" + text;
            pendingFragment = null;

            // A paragraph ending with a colon introduces the next one (usually a quote): they stay together.
            if (CountWords(combined) < MinWords || combined.TrimEnd().EndsWith(':'))
            {
                pendingFragment = combined;
                continue;
            }

            merged.Add((heading, combined));
        }

        if (pendingFragment is not null)
        {
            if (merged.Count > 0)
            {
                var (heading, last) = merged[^1];
                merged[^1] = (heading, last + "\n" + pendingFragment);
            }
            else
            {
                merged.Add((null, pendingFragment));
            }
        }

        return merged;
    }

    private static IEnumerable<string> SplitLong(string paragraph)
    {
        var words = CountWords(paragraph);
        if (words <= MaxWords)
        {
            yield return paragraph;
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
                yield return string.Join(' ', current);
                current.Clear();
                currentWords = 0;
            }

            current.Add(sentence);
            currentWords += sentenceWords;
        }

        if (current.Count > 0)
        {
            yield return string.Join(' ', current);
        }
    }
}
