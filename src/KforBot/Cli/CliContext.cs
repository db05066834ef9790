namespace KforBot.Cli;

/// <summary>The streams a command reads and writes: the console, or strings in tests.</summary>
internal sealed record CliContext(TextReader Input, TextWriter Output, TextWriter Error);
