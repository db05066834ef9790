namespace KforBot.Search.Analysis;

/// <summary>What a question word is likely to be; decides how much its absence from the corpus matters.</summary>
public enum TermKind
{
    /// <summary>An ordinary word of the question's subject.</summary>
    Content,

    /// <summary>A capitalised word inside a sentence, or an acronym: a person, place or organisation.</summary>
    Name,

    /// <summary>A figure or a year.</summary>
    Number,

    /// <summary>A word that frames the question ("good", "role", "latest") rather than naming its subject.</summary>
    Framing,
}
