using System.Globalization;

namespace KforBot.Benchmarks.Support;

/// <summary>
/// The options benchmarks share: <c>--data DIR</c> (the reference data, default <c>../shared/data</c> beside the
/// repository), <c>--work DIR</c> (scratch space, default a new temp folder, deleted afterwards) and their own
/// <c>--name value</c> pairs.
/// </summary>
internal sealed class BenchmarkArguments
{
    private readonly Dictionary<string, string> _values;

    private BenchmarkArguments(Dictionary<string, string> values) => _values = values;

    public string DataDirectory => Path.GetFullPath(_values.GetValueOrDefault("--data") ?? RepositoryLayout.DefaultDataDirectory);

    public string? WorkDirectory => _values.GetValueOrDefault("--work");

    /// <exception cref="BenchmarkUsageException">An argument is not a <c>--name value</c> pair.</exception>
    public static BenchmarkArguments Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (!args[i].StartsWith("--", StringComparison.Ordinal) || i + 1 >= args.Count)
            {
                throw new BenchmarkUsageException($"Expected '--name value' pairs, got '{args[i]}'.");
            }

            values[args[i]] = args[i + 1];
        }

        return new BenchmarkArguments(values);
    }

    public string Text(string name, string fallback) => _values.GetValueOrDefault(name) ?? fallback;

    /// <exception cref="BenchmarkUsageException">The value is not a whole number; the message names the option.</exception>
    public int Number(string name, int fallback) =>
        !_values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number
        : throw new BenchmarkUsageException($"{name} expects a whole number, got '{text}'.");

    /// <exception cref="BenchmarkUsageException">The value is not a number; the message names the option.</exception>
    public double Real(string name, double fallback) =>
        !_values.TryGetValue(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number
        : throw new BenchmarkUsageException($"{name} expects a number such as 0.5, got '{text}'.");
}

/// <summary>The benchmark's arguments are not what it reads: told to the user in one line, without a stack trace.</summary>
internal sealed class BenchmarkUsageException(string message) : Exception(message);
