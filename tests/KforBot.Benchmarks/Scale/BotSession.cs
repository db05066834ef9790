using System.Diagnostics;
using KforBot.Benchmarks.Support;

namespace KforBot.Benchmarks.Scale;

/// <summary>One start of the bot (<c>ask --json --batch</c>) on an existing index, asked the fixed questions.</summary>
internal sealed record BotSession(double ReadyMilliseconds, double P50Milliseconds, double P99Milliseconds, long PeakRss)
{
    public static async Task<BotSession> RunAsync(string[] location, int questions, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        await using var bot = BotProcess.Start(["ask", "--json", "--batch", .. location]);
        await bot.ExchangeAsync(NewsQuestions.WarmUp[0], cancellationToken).ConfigureAwait(false);
        var ready = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        foreach (var question in NewsQuestions.WarmUp.Skip(1))
        {
            await bot.ExchangeAsync(question, cancellationToken).ConfigureAwait(false);
        }

        var times = new List<double>(questions);
        foreach (var question in NewsQuestions.Timed.Take(questions))
        {
            var asked = Stopwatch.GetTimestamp();
            await bot.ExchangeAsync(question, cancellationToken).ConfigureAwait(false);
            times.Add(Stopwatch.GetElapsedTime(asked).TotalMilliseconds);
        }

        return new BotSession(ready, Statistics.Percentile(times, 50), Statistics.Percentile(times, 99), bot.PeakResidentBytes());
    }
}
