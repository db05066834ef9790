namespace KforBot.Chat;

/// <summary>Where the console chat reads questions and writes answers (the console, or a test's strings).</summary>
internal sealed record ConsoleStreams(TextReader Input, TextWriter Output, TextWriter Error);
