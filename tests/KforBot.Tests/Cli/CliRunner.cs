using KforBot.Cli;

namespace KforBot.Tests.Cli;

/// <summary>Runs the real command line in-process with strings for standard input, output and error.</summary>
internal static class CliRunner
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await new CliApplication(new CliContext(new StringReader(input), output, error)).RunAsync(args);
        return (exitCode, output.ToString(), error.ToString());
    }
}
