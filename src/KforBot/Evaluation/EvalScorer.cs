using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KforBot.Answering;

namespace KforBot.Evaluation;

/// <summary>
/// Scores answers to a question file and prints the same figures as the shared scorer (score.py):
/// hit@1, hit@3, false refusals and citations for answerable questions, refusal rates, hostile inputs handled.
/// </summary>
internal sealed partial class EvalScorer
{
    private readonly SortedDictionary<string, CategoryStats> _stats = new(StringComparer.Ordinal);
    private readonly List<string> _misses = [];

    public void Add(EvalQuestion question, Answer answer)
    {
        if (!_stats.TryGetValue(question.Category, out var stats))
        {
            stats = new CategoryStats();
            _stats[question.Category] = stats;
        }

        stats.Count++;
        stats.Refused += answer.IsRefused ? 1 : 0;
        if (question.Category == "answer")
        {
            var evidence = (question.Any ?? []).Select(Normalize).ToList();
            var hits = answer.Passages.Select(p => evidence.Any(Normalize(p.Text).Contains)).ToList();
            if (!answer.IsRefused && hits.Count > 0 && hits[0])
            {
                stats.HitAt1++;
            }

            if (!answer.IsRefused && hits.Take(3).Any(h => h))
            {
                stats.HitAt3++;
            }
            else
            {
                _misses.Add($"{question.Id} {(answer.IsRefused ? "refused" : "miss")} {question.Question}");
            }

            if (!answer.IsRefused && answer.Passages.Count > 0 && answer.Passages.Take(3).All(p => p.Citation.Title.Length > 0 && p.Citation.Outlet.Length > 0))
            {
                stats.Cited++;
            }
        }
        else if (question.Category.StartsWith("refuse", StringComparison.Ordinal))
        {
            if (answer.IsRefused)
            {
                stats.Ok++;
            }
            else
            {
                var first = answer.Passages.Count > 0 ? Normalize(answer.Passages[0].Text) : string.Empty;
                _misses.Add($"{question.Id} answered {question.Question} {first[..Math.Min(90, first.Length)]}");
            }
        }
        else
        {
            stats.Ok++;
        }
    }

    public string Report(TimeSpan wall)
    {
        var text = new StringBuilder();
        foreach (var (category, s) in _stats)
        {
            var head = string.Create(CultureInfo.InvariantCulture, $"{category,-12} n={s.Count,3}");
            if (category == "answer")
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{head} hit@1={Rate(s.HitAt1, s.Count)} hit@3={Rate(s.HitAt3, s.Count)} false_refusal={Rate(s.Refused, s.Count)} cited={Rate(s.Cited, s.Count)}");
            }
            else if (category.StartsWith("refuse", StringComparison.Ordinal))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{head} refused={Rate(s.Ok, s.Count)}");
            }
            else
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"{head} valid={Rate(s.Ok, s.Count)}");
            }
        }

        foreach (var miss in _misses)
        {
            text.Append("  miss: ").AppendLine(miss);
        }

        var answer = _stats.GetValueOrDefault("answer") ?? new CategoryStats { Count = 1 };
        text.AppendLine(CultureInfo.InvariantCulture, $"wall={wall.TotalSeconds:F2}s");
        text.Append(CultureInfo.InvariantCulture, $"SUMMARY hit@1={Rate(answer.HitAt1, answer.Count)} hit@3={Rate(answer.HitAt3, answer.Count)}");
        foreach (var (category, s) in _stats.Where(pair => pair.Key != "answer"))
        {
            text.Append(CultureInfo.InvariantCulture, $" {category}={Rate(s.Ok, s.Count)}");
        }

        return text.AppendLine().ToString();
    }

    /// <summary>Folds case, diacritics, quote style and white space, as the shared scorer does.</summary>
    public static string Normalize(string text)
    {
        var decomposed = (text ?? string.Empty).Normalize(NormalizationForm.FormKD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark))
            {
                builder.Append(c switch
                {
                    '\u2019' or '\u2018' => '\'',
                    '\u201c' or '\u201d' => '"',
                    '\u2013' or '\u2014' => '-',
                    _ => c,
                });
            }
        }

        return WhiteSpace().Replace(builder.ToString(), " ").Trim().ToLowerInvariant();
    }

    private static string Rate(int part, int whole) => (part / (double)Math.Max(1, whole)).ToString("F3", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"\s+")]
    private static partial Regex WhiteSpace();

    private sealed class CategoryStats
    {
        public int Count { get; set; }

        public int Ok { get; set; }

        public int Refused { get; set; }

        public int HitAt1 { get; set; }

        public int HitAt3 { get; set; }

        public int Cited { get; set; }
    }
}
