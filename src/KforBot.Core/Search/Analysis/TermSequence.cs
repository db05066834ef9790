namespace KforBot.Search.Analysis;

/// <summary>One way of saying something: one word, or several in a row ("united states").</summary>
/// <param name="Words">Folded words, as sent to the index (which stems them itself).</param>
/// <param name="Terms">The stems of <paramref name="Words"/>, used to find the sequence in a passage.</param>
public sealed record TermSequence(IReadOnlyList<string> Words, IReadOnlyList<string> Terms)
{
    public string Key { get; } = string.Join(' ', Terms);

    public static TermSequence FromTokens(IReadOnlyList<Token> tokens) =>
        new(tokens.Select(t => t.Folded).ToArray(), tokens.Select(t => t.Term).ToArray());

    public override string ToString() => string.Join(' ', Words);
}
