using System.Text;

namespace KforBot.Search.Analysis;

/// <summary>
/// Porter stemmer that reproduces SQLite FTS5's built-in <c>porter</c> tokenizer term for term
/// (ext/fts5/fts5_tokenize.c, <c>fts5PorterCb</c>). The input is a token as emitted by
/// <c>unicode61 remove_diacritics 2</c>; the output is the term FTS5 stores for it.
/// </summary>
/// <remarks>
/// SQLite stems the token's UTF-8 bytes, so this port does too: lengths are counted in bytes, every
/// byte that is not an ASCII vowel (digits, each byte of a non-ASCII letter) is a consonant.
/// </remarks>
internal static class PorterStemmer
{
    // Tokens longer than 64 or shorter than 3 UTF-8 bytes are passed through unstemmed.
    private const int MaxTokenBytes = 64;
    private const int MinTokenBytes = 3;

    // (suffix, replacement) pairs in SQLite's order; the first suffix that matches with at least one
    // byte before it decides, even when its condition then fails.
    private static readonly string[] Step2Rules =
    [
        "ational", "ate", "tional", "tion", "enci", "ence", "anci", "ance", "izer", "ize", "logi", "log",
        "bli", "ble", "alli", "al", "entli", "ent", "eli", "e", "ousli", "ous", "ization", "ize",
        "ation", "ate", "ator", "ate", "alism", "al", "iveness", "ive", "fulness", "ful", "ousness", "ous",
        "aliti", "al", "iviti", "ive", "biliti", "ble",
    ];

    private static readonly string[] Step3Rules =
    [
        "ical", "ic", "ness", "", "icate", "ic", "iciti", "ic", "ful", "", "ative", "", "alize", "al",
    ];

    private static readonly string[] Step4Rules =
    [
        "al", "", "ance", "", "ence", "", "er", "", "ic", "", "able", "", "ible", "", "ant", "",
        "ement", "", "ment", "", "ent", "", "ion", "", "ou", "", "ism", "", "ate", "", "iti", "",
        "ous", "", "ive", "", "ize", "",
    ];

    public static string Stem(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        var length = Encoding.UTF8.GetByteCount(token);
        if (length is > MaxTokenBytes or < MinTokenBytes)
        {
            return token;
        }

        // Stemming never makes a token longer than it was, so the buffer needs no headroom.
        Span<byte> original = stackalloc byte[MaxTokenBytes];
        Span<byte> b = stackalloc byte[MaxTokenBytes];
        Encoding.UTF8.GetBytes(token, original);
        original[..length].CopyTo(b);
        var n = length;

        // Step 1a.
        if (b[n - 1] == 's')
        {
            if (b[n - 2] == 'e')
            {
                n -= (n > 4 && b[n - 4] == 's' && b[n - 3] == 's') || (n > 3 && b[n - 3] == 'i') ? 2 : 1;
            }
            else if (b[n - 2] != 's')
            {
                n--;
            }
        }

        // Step 1b. A 3-byte "eed" fails the "eed" test and is handled as "ed" (-> "e").
        var stripped = false;
        if (EndsWith(b, n, "eed"))
        {
            if (MeasureGt0(b[..(n - 3)]))
            {
                n--;
            }
        }
        else if (EndsWith(b, n, "ed") && HasVowel(b[..(n - 2)]))
        {
            n -= 2;
            stripped = true;
        }
        else if (EndsWith(b, n, "ing") && HasVowel(b[..(n - 3)]))
        {
            n -= 3;
            stripped = true;
        }

        if (stripped)
        {
            // SQLite needs a byte before "at"/"bl"/"iz", so "ated" -> "at" rather than "ate".
            if (EndsWith(b, n, "at") || EndsWith(b, n, "bl") || EndsWith(b, n, "iz"))
            {
                b[n++] = (byte)'e';
            }
            else if (n > 1 && !IsVowel(b[n - 1], false) && b[n - 1] is not ((byte)'l' or (byte)'s' or (byte)'z')
                && b[n - 1] == b[n - 2])
            {
                // Byte-wise: a non-ASCII letter whose last two UTF-8 bytes are equal ("₂" = E2 82 82) loses
                // one; SQLite stores the broken UTF-8, which reads back (and decodes here) as U+FFFD.
                n--;
            }
            else if (MeasureEq1(b[..n]) && EndsCvc(b[..n]))
            {
                b[n++] = (byte)'e';
            }
        }

        // Step 1c.
        if (b[n - 1] == 'y' && HasVowel(b[..(n - 1)]))
        {
            b[n - 1] = (byte)'i';
        }

        n = ApplyRules(b, n, Step2Rules, step4: false);
        n = ApplyRules(b, n, Step3Rules, step4: false);
        n = ApplyRules(b, n, Step4Rules, step4: true);

        // Step 5a.
        if (b[n - 1] == 'e')
        {
            ReadOnlySpan<byte> stem = b[..(n - 1)];
            if (MeasureGt1(stem) || (MeasureEq1(stem) && !EndsCvc(stem)))
            {
                n--;
            }
        }

        // Step 5b.
        if (n > 1 && b[n - 1] == 'l' && b[n - 2] == 'l' && MeasureGt1(b[..(n - 1)]))
        {
            n--;
        }

        return n == length && b[..n].SequenceEqual(original[..length]) ? token : Encoding.UTF8.GetString(b[..n]);
    }

    private static int ApplyRules(Span<byte> b, int n, string[] rules, bool step4)
    {
        for (var i = 0; i < rules.Length; i += 2)
        {
            var suffix = rules[i];
            if (!EndsWith(b, n, suffix))
            {
                continue;
            }

            ReadOnlySpan<byte> stem = b[..(n - suffix.Length)];
            var ok = !step4 ? MeasureGt0(stem)
                : MeasureGt1(stem) && (suffix != "ion" || stem[^1] is (byte)'s' or (byte)'t');
            if (!ok)
            {
                return n;
            }

            var replacement = rules[i + 1];
            for (var j = 0; j < replacement.Length; j++)
            {
                b[stem.Length + j] = (byte)replacement[j];
            }

            return stem.Length + replacement.Length;
        }

        return n;
    }

    // Like SQLite's generated rules: the suffix must leave at least one byte in front of it.
    private static bool EndsWith(ReadOnlySpan<byte> b, int n, string suffix)
    {
        if (n <= suffix.Length)
        {
            return false;
        }

        for (var i = 0; i < suffix.Length; i++)
        {
            if (b[n - suffix.Length + i] != suffix[i])
            {
                return false;
            }
        }

        return true;
    }

    // 'y' is a vowel only after a consonant; every other byte besides a, e, i, o, u is a consonant.
    private static bool IsVowel(byte c, bool yIsVowel) =>
        c is (byte)'a' or (byte)'e' or (byte)'i' or (byte)'o' or (byte)'u' || (yIsVowel && c == 'y');

    // SQLite's fts5PorterGobbleVC: the index just past the first VC sequence, or 0 if there is none.
    private static int GobbleVc(ReadOnlySpan<byte> s, bool prevIsConsonant)
    {
        var consonant = prevIsConsonant;
        var i = 0;
        for (; i < s.Length; i++)
        {
            consonant = !IsVowel(s[i], consonant);
            if (!consonant)
            {
                break;
            }
        }

        for (i++; i < s.Length; i++)
        {
            consonant = !IsVowel(s[i], consonant);
            if (consonant)
            {
                return i + 1;
            }
        }

        return 0;
    }

    // Porter's *v*; SQLite never counts a leading 'y' as a vowel.
    private static bool HasVowel(ReadOnlySpan<byte> s)
    {
        for (var i = 0; i < s.Length; i++)
        {
            if (IsVowel(s[i], i > 0))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MeasureGt0(ReadOnlySpan<byte> s) => GobbleVc(s, false) != 0;

    private static bool MeasureGt1(ReadOnlySpan<byte> s)
    {
        var k = GobbleVc(s, false);
        return k != 0 && GobbleVc(s[k..], true) != 0;
    }

    private static bool MeasureEq1(ReadOnlySpan<byte> s)
    {
        var k = GobbleVc(s, false);
        return k != 0 && GobbleVc(s[k..], true) == 0;
    }

    // Porter's *o: the stem ends consonant-vowel-consonant and the last consonant is not w, x or y.
    private static bool EndsCvc(ReadOnlySpan<byte> s)
    {
        if (s[^1] is (byte)'w' or (byte)'x' or (byte)'y')
        {
            return false;
        }

        var mask = 0;
        var consonant = false;
        foreach (var c in s)
        {
            consonant = !IsVowel(c, consonant);
            mask = (mask << 1) | (consonant ? 1 : 0);
        }

        return (mask & 7) == 5;
    }
}
