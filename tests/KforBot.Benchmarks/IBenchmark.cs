namespace KforBot.Benchmarks;

/// <summary>One benchmark the runner can start by name; it prints its own table of numbers.</summary>
internal interface IBenchmark
{
    /// <summary>The name given on the command line, e.g. "scale".</summary>
    string Name { get; }

    /// <summary>One line saying what it measures.</summary>
    string Description { get; }

    /// <summary>Runs the benchmark, writing results to <paramref name="output"/>; returns the exit code.</summary>
    Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken);
}
