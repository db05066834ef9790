using System.Diagnostics;
using System.Globalization;
using KforBot.Answering;
using KforBot.Benchmarks.Support;
using KforBot.Log;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace KforBot.Benchmarks;

/// <summary>
/// What recording costs an answer (one <c>Record</c> call, p50/p99) and how fast the background writer empties a
/// burst into a real log file (entries a second, from the first record to the end of the shutdown flush).
/// </summary>
internal sealed class InteractionLogBenchmark : IBenchmark
{
    public string Name => "log";

    public string Description => "interaction log: cost of recording a question, writer throughput for a burst (--entries N, default 10000)";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        var entries = args.Count >= 2 && args[0] == "--entries" ? int.Parse(args[1], CultureInfo.InvariantCulture) : 10_000;
        using var scratch = new ScratchFolder(null);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Log:Path"] = scratch.Combine("log.db") })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddInteractionLog();
        await using var provider = services.BuildServiceProvider();
        var hosted = provider.GetServices<IHostedService>().ToList();
        foreach (var service in hosted)
        {
            await service.StartAsync(cancellationToken);
        }

        var log = provider.GetRequiredService<IInteractionLog>();
        var asker = new Asker(LogChannel.Telegram, "private", "1001");
        var answer = new Answer("How many US soldiers are in Kosovo?", new AnswerOutcome.Answered(
            [new QuotedPassage(new Citation("us-soldiers", "Title", "Outlet", null, null), "The passage.", 2.5, [], 3)], 0, FiguresDiffer: false));
        log.Record(asker, answer, TimeSpan.Zero);

        var calls = new double[entries];
        var burst = Stopwatch.StartNew();
        for (var i = 0; i < entries; i++)
        {
            var started = Stopwatch.GetTimestamp();
            log.Record(asker, answer, TimeSpan.FromMilliseconds(1));
            calls[i] = Stopwatch.GetElapsedTime(started).TotalMicroseconds;
        }

        foreach (var service in Enumerable.Reverse(hosted))
        {
            await service.StopAsync(cancellationToken);
        }

        burst.Stop();
        var health = log.Health;
        var table = new TextTable("measure", "value");
        table.Add("entries recorded in a burst", (entries + 1).ToString(CultureInfo.InvariantCulture));
        table.Add("written / lost", $"{health.Written} / {health.Lost}");
        table.Add("Record() p50 / p99 (µs)", $"{Statistics.Median(calls):F1} / {Statistics.Percentile(calls, 99):F1}");
        table.Add("burst to flushed (s)", burst.Elapsed.TotalSeconds.ToString("F2", CultureInfo.InvariantCulture));
        table.Add("entries written per second", (entries / burst.Elapsed.TotalSeconds).ToString("F0", CultureInfo.InvariantCulture));
        await output.WriteAsync(table.ToString());
        return health.Lost == 0 ? 0 : 1;
    }
}
