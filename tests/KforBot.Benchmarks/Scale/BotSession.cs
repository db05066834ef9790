using System.Diagnostics;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>
/// One start of the bot (<c>ask --json --batch</c>) on an existing index: the time to its first answer, the fixed
/// questions one at a time (each answer's round trip), then all of them at once (questions per second), and its
/// peak memory.
/// </summary>
internal sealed record BotSession(double ReadyMilliseconds, double P50Milliseconds, double P99Milliseconds, double QuestionsPerSecond, long PeakRss)
{
    public static async Task<BotSession> RunAsync(Func<BotProcess> start, int questions, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var bot = start();
        await bot.ExchangeAsync(NewsQuestions.WarmUp[0], cancellationToken).ConfigureAwait(false);
        var ready = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var question in NewsQuestions.WarmUp.Skip(1))
        {
            await bot.ExchangeAsync(question, cancellationToken).ConfigureAwait(false);
        }

        var timed = NewsQuestions.Timed.Take(questions).ToList();
        var times = new List<double>(timed.Count);
        foreach (var question in timed)
        {
            var asked = Stopwatch.GetTimestamp();
            await bot.ExchangeAsync(question, cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
        }

        var batch = await bot.ExchangeAllAsync(timed, cancellationToken).ConfigureAwait(false);
        return new BotSession(ready, Statistics.Percentile(times, 50), Statistics.Percentile(times, 99), timed.Count / batch.TotalSeconds, bot.PeakResidentBytes());
    }
}
