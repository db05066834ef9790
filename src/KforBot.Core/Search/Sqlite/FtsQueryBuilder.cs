using System.Text;
using KforBot.Search.Analysis;

namespace KforBot.Search.Sqlite;

/// <summary>
/// Writes an FTS5 MATCH expression from term groups. Every word is emitted inside double quotes, so no
/// user text can be read as FTS5 syntax (AND, NEAR, *, :, ^, parentheses): the words come from
/// <see cref="TextTokenizer"/> and hold only letters and digits, never a quote.
/// </summary>
internal static class FtsQueryBuilder
{
    public static string? Build(IReadOnlyList<QueryTermGroup> groups)
    {
        var phrases = groups
            .SelectMany(group => group.Alternatives)
            .Select(Phrase)
            .Where(phrase => phrase is not null)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return phrases.Count == 0 ? null : string.Join(" OR ", phrases);
    }

    public static string? Phrase(TermSequence sequence)
    {
        var builder = new StringBuilder();
        foreach (var word in sequence.Words)
        {
            if (word.Length == 0)
            {
                continue;
            }

            builder.Append(builder.Length == 0 ? "\"" : " ");

            // Defensive: a quote inside a string is escaped by doubling it.
            builder.Append(word.Replace("\"", "\"\"", StringComparison.Ordinal));
        }

        return builder.Length == 0 ? null : builder.Append('"').ToString();
    }
}
