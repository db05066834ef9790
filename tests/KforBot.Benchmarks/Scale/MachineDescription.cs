using System.Runtime.InteropServices;

namespace KforBot.Benchmarks.Scale;

/// <summary>One line naming the machine the numbers come from.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadFirst("/proc/meminfo", "MemTotal");
        var sqlite = new Microsoft.Data.Sqlite.SqliteConnection("Data Source=:memory:");
        sqlite.Open();
        var version = sqlite.ServerVersion;
        sqlite.Dispose();
        return $"{Environment.ProcessorCount} cores, {cpu}, memory {memory ?? "unknown"}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, SQLite {version}";
    }

    private static string? ReadFirst(string path, string key)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        var line = File.ReadLines(path).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        return line?[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
    }
}
