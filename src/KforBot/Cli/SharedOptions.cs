using System.CommandLine;

namespace KforBot.Cli;

/// <summary>The options every command takes: <c>--corpus DIR</c> and <c>--index PATH</c>.</summary>
internal sealed class SharedOptions
{
    public Option<string?> Corpus { get; } = new("--corpus")
    {
        Description = "The folder of articles (default: corpus).",
        Recursive = true,
    };

    public Option<string?> Index { get; } = new("--index")
    {
        Description = "The index folder (default: data/index).",
        Recursive = true,
    };

    public SharedSettings Read(ParseResult parse) => new(parse.GetValue(Corpus), parse.GetValue(Index));
}
