namespace KforBot.Cli;

/// <summary>The values of the <see cref="SharedOptions"/> a command line gave (<c>--corpus</c>, <c>--index</c>), and the <c>logs</c> commands' <c>--log</c>: the settings they override.</summary>
internal sealed record SharedSettings(string? CorpusDirectory, string? IndexPath)
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
