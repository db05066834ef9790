using KforBot.Corpus;

namespace KforBot.Search.Lucene;

/// <summary>The corpus's <c>synonyms.txt</c> checked as a reindex reads it, for a report that names the file.</summary>
public static class SynonymsFile
{
    /// <summary>The problem that would stop a reindex, or null when the rules are sound (or there are none).</summary>
    public static CorpusProblem? Check(string corpusDirectory, string text)
    {
        try
        {
            SynonymRules.Parse(text);
            return null;
        }
        catch (FormatException e)
        {
            return Problem(corpusDirectory, e);
        }
    }

    internal static CorpusProblem Problem(string corpusDirectory, FormatException failure) =>
        new(Path.Combine(corpusDirectory, CorpusLoader.SynonymsFileName), null, $"{failure.Message}; no reindex can run until it is fixed", Skipped: true);
}
