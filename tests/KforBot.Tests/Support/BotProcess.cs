using System.Diagnostics;

namespace KforBot.Tests.Support;

/// <summary>Starts the real executable (built beside the tests) as a process of its own, all three streams redirected.</summary>
public static class BotProcess
{
    public static Process Start(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "KforBot.dll"));
        foreach (var argument in args)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[name] = value;
        }

        return Process.Start(start)!;
    }

    /// <summary>Sends SIGINT, what Ctrl+C sends to a program in a terminal.</summary>
    public static void Interrupt(Process process) => Signal(process, "INT");

    /// <summary>Sends a signal by name ("INT", "TERM").</summary>
    public static void Signal(Process process, string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }
}
