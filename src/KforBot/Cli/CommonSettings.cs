namespace KforBot.Cli;

/// <summary>Settings a command line can override: <c>--corpus</c> and <c>--index</c>.</summary>
internal sealed record CommonSettings(string? CorpusDirectory, string? IndexPath)
{
    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        if (CorpusDirectory is not null)
        {
            yield return new("Corpus:Directory", CorpusDirectory);
        }

        if (IndexPath is not null)
        {
            yield return new("Index:Path", IndexPath);
        }
    }
}
