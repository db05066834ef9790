using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using KforBot.Answering;
using KforBot.Log;
using KforBot.Search;
using KforBot.Telegram;
using KforBot.Telegram.Fakes;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KforBot.Benchmarks;

/// <summary>
/// The Telegram bot end to end against the fake Bot API server on 127.0.0.1, on the seed corpus: updates handled per
/// second for a burst, and the time from an update handed out by getUpdates to its sendMessage arriving (p50, p99),
/// for the burst and for a steady rate. Flood limits are lifted: they would cap the rate at 30 messages a second.
/// </summary>
internal sealed class TelegramLoopBenchmark : IBenchmark
{
    private const int WarmUp = 300;
    private const int Users = 500;
    private const int PacedSeconds = 10;

    private static readonly string[] Questions =
    [
        "Who is Kadri Kastrati?",
        "How many US soldiers are in Kosovo?",
        "What did NATO's Secretary General say about KFOR?",
        "Will the US withdraw troops from Kosovo?",
        "What did Sekerinska say?",
        "What is the population of Zorblaxia?",
        "/help",
        "When did KFOR begin deploying to Kosovo?",
    ];

    public string Name => "telegram";

    public string Description => "Telegram bot loop vs a local Bot API server: updates/s and p50/p99 update-to-sendMessage (ms).";

    public async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, CancellationToken cancellationToken)
    {
        await output.WriteLineAsync($"Machine: {Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription}, .NET {Environment.Version}, {Configuration}");
        await output.WriteLineAsync($"{Users} private chats, flood limits lifted, MaxConcurrentUpdates 8; each answer also sends sendChatAction; the fake server shares the cores.");
        await output.WriteLineAsync("Latency: from getUpdates handing out the update to its sendMessage arriving at the server.");
        // 30 updates/s is Telegram's cap on one bot's messages; 100/s and 500/s show the headroom above it.
        await RunScenarioAsync("With the answering pipeline, seed corpus", instantAnswers: false, burst: 2000, [30, 100], output, cancellationToken);
        await RunScenarioAsync("Telegram loop alone (answer returned at once)", instantAnswers: true, burst: 5000, [30, 100, 500], output, cancellationToken);
        return 0;
    }

    /// <param name="pacedRates">Steady rates to measure, each for <see cref="PacedSeconds"/> seconds.</param>
    private static async Task RunScenarioAsync(string title, bool instantAnswers, int burst, int[] pacedRates, TextWriter output, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "kforbot-telegram-bench-" + Guid.NewGuid().ToString("N"));
        try
        {
            await using var server = await FakeBotApiServer.StartAsync();
            using var host = await StartBotAsync(server, folder, instantAnswers, cancellationToken);
            var replies = new ReplyIndex(server);

            await RunBurstAsync(replies, WarmUp, cancellationToken);
            var (burstSeconds, burstLatencies) = await RunBurstAsync(replies, burst, cancellationToken);
            var paced = new List<(int Rate, int Count, List<double> Latencies)>();
            foreach (var rate in pacedRates)
            {
                var count = rate * PacedSeconds;
                paced.Add((rate, count, await RunPacedAsync(replies, rate, count, cancellationToken)));
            }

            await host.StopAsync(cancellationToken);

            await output.WriteLineAsync(title + ":");
            await output.WriteLineAsync($"  burst of {burst,5} updates: {burst / burstSeconds,6:F0} updates/s   p50 {Percentile(burstLatencies, 0.50),7:F2} ms   p99 {Percentile(burstLatencies, 0.99),7:F2} ms");
            foreach (var (rate, count, latencies) in paced)
            {
                await output.WriteLineAsync($"  steady {rate,4} updates/s ({count,4}):          p50 {Percentile(latencies, 0.50),7:F2} ms   p99 {Percentile(latencies, 0.99),7:F2} ms");
            }
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }

    private static async Task<(double Seconds, List<double> Latencies)> RunBurstAsync(ReplyIndex replies, int count, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var ids = Enumerable.Range(0, count).Select(i => replies.Enqueue(i)).ToList();
        await replies.WaitForAllAsync(ids, cancellationToken);
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        return (seconds, ids.Select(replies.LatencyMs).ToList());
    }

    private static async Task<List<double>> RunPacedAsync(ReplyIndex replies, int rate, int count, CancellationToken cancellationToken)
    {
        var ids = new List<long>();
        var started = Stopwatch.GetTimestamp();
        while (ids.Count < count)
        {
            var due = Math.Min(count, (int)(Stopwatch.GetElapsedTime(started).TotalSeconds * rate) + 1);
            while (ids.Count < due)
            {
                ids.Add(replies.Enqueue(ids.Count));
            }

            await Task.Delay(1, cancellationToken);
        }

        await replies.WaitForAllAsync(ids, cancellationToken);
        return ids.Select(replies.LatencyMs).ToList();
    }

    private static async Task<IHost> StartBotAsync(FakeBotApiServer server, string folder, bool instantAnswers, CancellationToken cancellationToken)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Corpus:Directory"] = FindCorpus(),
            ["Index:Path"] = Path.Combine(folder, "index.db"),
            ["Telegram:BotToken"] = server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:StatePath"] = Path.Combine(folder, "bot.db"),
            ["Log:Path"] = Path.Combine(folder, "log.db"),
            ["Telegram:PollTimeoutSeconds"] = "1",
            ["Telegram:QuestionsPerUserPerMinute"] = "1000",
            ["Telegram:MessagesPerSecondPerChat"] = "10000",
            ["Telegram:MessagesPerMinutePerGroup"] = "1000000",
            ["Telegram:MessagesPerSecond"] = "1000000",
        });
        builder.Logging.ClearProviders();
        builder.Services.AddAnswering();
        builder.Services.AddInteractionLog();
        builder.Services.AddTelegramBot(TelegramMode.Polling);
        if (instantAnswers)
        {
            builder.Services.AddSingleton<IQuestionAnswerer, InstantAnswerer>();
        }

        var host = builder.Build();
        // The index is built before the clock starts; the bot's own freshness check then finds it current.
        await host.Services.GetRequiredService<IndexFreshness>().EnsureCurrentAsync(null, cancellationToken);
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static double Percentile(List<double> values, double percentile)
    {
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(percentile * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            var corpus = Path.Combine(directory.FullName, "corpus");
            if (File.Exists(Path.Combine(directory.FullName, "KforBot.sln")) || Directory.Exists(corpus))
            {
                return corpus;
            }
        }

        throw new DirectoryNotFoundException("The seed corpus was not found.");
    }

    /// <summary>Answers at once with one passage: measures the Telegram loop without the answering pipeline's cost.</summary>
    private sealed class InstantAnswerer : IQuestionAnswerer
    {
        private static readonly Answer Answer = new(
            "q", new AnswerOutcome.Answered([new QuotedPassage(new Citation("a", "Title", "Outlet", null, null), "A passage.", 1, [], 1)], 0, FiguresDiffer: false));

        public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken) => Task.FromResult(Answer);

        public Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken) => Task.FromResult(Answer);
    }

#if DEBUG
    private const string Configuration = "Debug build (use -c Release for numbers)";
#else
    private const string Configuration = "Release build";
#endif

    /// <summary>Sends questions and notes, for each update, when the sendMessage replying to it arrived.</summary>
    private sealed class ReplyIndex
    {
        private readonly FakeBotApiServer _server;
        private readonly ConcurrentDictionary<long, long> _messageOfUpdate = new();
        private readonly ConcurrentDictionary<long, long> _replyAt = new();
        private readonly Lock _lock = new();
        private readonly HashSet<long> _awaited = [];
        private TaskCompletionSource _allReplied = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public ReplyIndex(FakeBotApiServer server)
        {
            _server = server;
            server.RequestReceived += OnRequest;
        }

        public long Enqueue(int i)
        {
            var user = 10_000 + (i % Users);
            var update = FakeUpdates.PrivateText(user, Questions[i % Questions.Length]);
            var messageId = update["message"]!["message_id"]!.GetValue<long>();
            lock (_lock)
            {
                // All earlier updates may have been answered already: wait anew for this one.
                if (_allReplied.Task.IsCompleted)
                {
                    _allReplied = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                _awaited.Add(messageId);
            }

            var id = _server.Enqueue(update);
            _messageOfUpdate[id] = messageId;
            return id;
        }

        public async Task WaitForAllAsync(IReadOnlyList<long> ids, CancellationToken cancellationToken)
        {
            Task all;
            lock (_lock)
            {
                all = _awaited.Count == 0 ? Task.CompletedTask : _allReplied.Task;
            }

            await all.WaitAsync(TimeSpan.FromSeconds(45), cancellationToken);
        }

        public double LatencyMs(long updateId) =>
            Stopwatch.GetElapsedTime(_server.DeliveredAt(updateId)!.Value, _replyAt[_messageOfUpdate[updateId]]).TotalMilliseconds;

        private void OnRequest(RecordedRequest request)
        {
            if (request is not { Method: "sendMessage", ReplyToMessageId: { } replyTo } || !_replyAt.TryAdd(replyTo, request.Timestamp))
            {
                return;
            }

            lock (_lock)
            {
                if (_awaited.Remove(replyTo) && _awaited.Count == 0)
                {
                    _allReplied.TrySetResult();
                }
            }
        }
    }
}
