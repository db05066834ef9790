using System.Runtime.InteropServices;

namespace KforBot.Benchmarks.Scale;

/// <summary>One line naming the machine the numbers come from.</summary>
internal static class MachineDescription
{
    public static string Describe()
    {
        var cpu = ReadFirst("/proc/cpuinfo", "model name") ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memory = ReadFirst("/proc/meminfo", "MemTotal");
        var lucene = typeof(Lucene.Net.Index.IndexWriter).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyInformationalVersionAttribute), false)
            .OfType<System.Reflection.AssemblyInformationalVersionAttribute>().FirstOrDefault()?.InformationalVersion.Split(' ', '+')[0];
        // Other work on the machine slows every figure: the load average says how much there was.
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "unknown";
        return $"{Environment.ProcessorCount} cores, {cpu}, memory {memory ?? "unknown"}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, Lucene.Net {lucene ?? "unknown"}; load average {load} at start";
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
