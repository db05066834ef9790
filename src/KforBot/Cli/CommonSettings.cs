namespace KforBot.Cli;

/// <summary>Settings a command line can override: <c>--corpus</c>, <c>--index</c> and the <c>logs</c> commands' <c>--log</c>.</summary>
internal sealed record CommonSettings(string? CorpusDirectory, string? IndexPath)
{
    public string? LogPath { get; init; }

    public IEnumerable<KeyValuePair<string, string?>> ToConfiguration()
    {
        if (LogPath is not null)
        {
            yield return new("Log:Path", LogPath);
        }

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
