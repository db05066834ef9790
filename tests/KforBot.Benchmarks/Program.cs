using KforBot.Benchmarks;
using KforBot.Benchmarks.Support;

// Benchmarks are not tests: they print numbers (medians and ratios) for README's "Performance" section.
// Usage: dotnet run -c Release --project tests/KforBot.Benchmarks -- NAME [args]   (no NAME lists them)
var benchmarks = typeof(IBenchmark).Assembly.GetTypes()
    .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IBenchmark).IsAssignableFrom(t))
    .Select(t => (IBenchmark)Activator.CreateInstance(t)!)
    .OrderBy(b => b.Name, StringComparer.Ordinal)
    .ToList();

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    cancellation.Cancel();
};

// Not a benchmark: the bot process the scale benchmark starts (see SyntheticVectorBot).
if (args is [KforBot.Benchmarks.Scale.SyntheticVectorBot.CommandName, ..])
{
    return await KforBot.Benchmarks.Scale.SyntheticVectorBot.RunAsync(args[1..], cancellation.Token);
}

var chosen = args.Length > 0 ? benchmarks.FirstOrDefault(b => b.Name == args[0]) : null;
if (chosen is null)
{
    Console.Error.WriteLine("Usage: KforBot.Benchmarks NAME [args]. Benchmarks:");
    foreach (var benchmark in benchmarks)
    {
        Console.Error.WriteLine($"  {benchmark.Name,-12} {benchmark.Description}");
    }

    return args.Length == 0 ? 0 : 2;
}

try
{
    return await chosen.RunAsync(args.Skip(1).ToList(), Console.Out, cancellation.Token);
}
catch (BenchmarkUsageException e)
{
    // A mistyped argument ("--help", "--runs two") is told in one line, not with a stack trace.
    Console.Error.WriteLine($"{chosen.Name}: {e.Message} Usage: KforBot.Benchmarks {chosen.Name} [--name value]...");
    return 2;
}
