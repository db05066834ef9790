namespace KforBot.Search.Analysis;

/// <summary>
/// One thing the question asks about, with every way the corpus may say it (the word itself and its synonyms).
/// A passage covers the group when it contains any of the alternatives.
/// </summary>
/// <param name="Label">The words as the person wrote them, for messages ("Kurti").</param>
/// <param name="Alternatives">The word and its synonyms.</param>
/// <param name="Kind">Name, number, framing or ordinary content word.</param>
public sealed record QueryTermGroup(string Label, IReadOnlyList<TermSequence> Alternatives, TermKind Kind);
