using System.Text.Json.Nodes;
using KforBot.Conversation.FollowUp;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Telegram;
using KforBot.Telegram.Fakes;
using KforBot.Telegram.Receiving;
using KforBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KforBot.Tests.Telegram.Support;

/// <summary>
/// The bot in a real host, polling a <see cref="FakeBotApiServer"/> on 127.0.0.1, with the seed index, its own
/// state file and interaction log in a temp folder, an <see cref="InstantTimeProvider"/> and every log line captured. Settings let
/// tests lift the flood limits and shorten retries so nothing sleeps.
/// </summary>
internal sealed class TelegramBotHarness : IAsyncDisposable
{
    private readonly bool _ownsServer;
    private readonly bool _ownsState;

    private TelegramBotHarness(FakeBotApiServer server, bool ownsServer, string stateDirectory, bool ownsState, IHost host, CapturedLogs logs, InstantTimeProvider time)
    {
        Server = server;
        _ownsServer = ownsServer;
        StateDirectory = stateDirectory;
        _ownsState = ownsState;
        Host = host;
        Logs = logs;
        Time = time;
    }

    public FakeBotApiServer Server { get; }

    public IHost Host { get; }

    public CapturedLogs Logs { get; }

    public InstantTimeProvider Time { get; }

    public string StateDirectory { get; }

    public string StatePath => Path.Combine(StateDirectory, "bot.db");

    public string LogPath => Path.Combine(StateDirectory, "log.db");

    public BotLifecycle Lifecycle => Host.Services.GetRequiredService<BotLifecycle>();

    public static async Task<TelegramBotHarness> StartAsync(
        SeedIndex index,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        FakeBotApiServer? server = null,
        string? stateDirectory = null,
        string? token = null)
    {
        var ownsServer = server is null;
        server ??= await FakeBotApiServer.StartAsync();
        var ownsState = stateDirectory is null;
        stateDirectory ??= Path.Combine(Path.GetTempPath(), "kforbot-bot-" + Guid.NewGuid().ToString("N"));
        var configuration = new Dictionary<string, string?>
        {
            ["Index:Path"] = index.IndexPath,
            ["Corpus:Directory"] = SeedIndex.CorpusDirectory,
            ["Telegram:BotToken"] = token ?? server.Token,
            ["Telegram:ApiBaseUrl"] = server.BaseUrl.ToString(),
            ["Telegram:StatePath"] = Path.Combine(stateDirectory, "bot.db"),
            ["Log:Path"] = Path.Combine(stateDirectory, "log.db"),
            ["Telegram:PollTimeoutSeconds"] = "5",
            ["Telegram:RequestTimeout"] = "00:00:10",
            ["Telegram:RetryBaseDelay"] = "00:00:01",
            ["Telegram:MessagesPerSecondPerChat"] = "10000",
            ["Telegram:MessagesPerMinutePerGroup"] = "1000000",
            ["Telegram:MessagesPerSecond"] = "1000000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            configuration[key] = value;
        }

        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(configuration);
        var logs = new CapturedLogs();
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(logs);
        var time = new InstantTimeProvider();
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSharedEncoder().AddAnswering();
        builder.Services.AddInteractionLog();
        // The daily retention timer would move this clock a day forward at a random moment; retention has its own tests.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(LogRetentionService)));
        builder.Services.AddTelegramBot(TelegramMode.Polling);

        // Likewise the watch for new index generations, which the instant clock would run without pause; its own test calls it.
        builder.Services.Remove(builder.Services.Single(d => d.ImplementationType == typeof(ReindexWatch)));
        services?.Invoke(builder.Services);
        var host = builder.Build();
        var harness = new TelegramBotHarness(server, ownsServer, stateDirectory, ownsState, host, logs, time);
        await host.StartAsync();
        return harness;
    }

    /// <summary>Sends an update and waits for the bot's first message replying to it.</summary>
    public async Task<RecordedRequest> AskAsync(JsonObject update)
    {
        var messageId = update["message"]!["message_id"]!.GetValue<long>();
        Server.Enqueue(update);
        await WithLogsOnTimeoutAsync(Server.WaitUntilAsync(() => RepliesTo(messageId).Count > 0, $"a reply to message {messageId}"));
        return RepliesTo(messageId)[0];
    }

    public IReadOnlyList<RecordedRequest> RepliesTo(long messageId) =>
        Server.RequestsFor("sendMessage").Where(r => r.ReplyToMessageId == messageId).ToList();

    /// <summary>Sends an update and waits until the bot confirmed it (handled, whatever it did).</summary>
    public async Task<long> DeliverAndWaitAsync(JsonObject update)
    {
        var id = Server.Enqueue(update);
        await WaitConfirmedAsync(id);
        return id;
    }

    /// <summary>Waits until a getUpdates call's offset confirms the update: the bot is done with it.</summary>
    public Task WaitConfirmedAsync(long updateId) =>
        WithLogsOnTimeoutAsync(Server.WaitUntilAsync(
            () => Server.RequestsFor("getUpdates").Any(r => r.Body["offset"]?.GetValue<long>() > updateId),
            $"getUpdates confirming update {updateId}"));

    /// <summary>A wait that failed says what the bot logged, to show why.</summary>
    public async Task WithLogsOnTimeoutAsync(Task wait)
    {
        try
        {
            await wait;
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException(e.Message + Environment.NewLine + "The bot logged:" + Environment.NewLine + string.Join(Environment.NewLine, Logs.Lines.TakeLast(40)), e);
        }
    }

    /// <summary>
    /// The interaction log's entries, newest first, once <paramref name="until"/> holds for them: the log writes in the
    /// background, so a test waits for the writes it expects (20 s at most, against a hung test).
    /// </summary>
    public async Task<List<InteractionEntry>> LogEntriesAsync(Func<List<InteractionEntry>, bool> until)
    {
        var queries = Host.Services.GetRequiredService<InteractionQueries>();
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (true)
        {
            var entries = new List<InteractionEntry>();
            await foreach (var entry in queries.ListAsync(new InteractionFilter(), CancellationToken.None))
            {
                entries.Add(entry);
            }

            if (until(entries))
            {
                return entries;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The interaction log did not reach the expected state; it holds {entries.Count} entries.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the bot stopped by itself (a fatal error).</summary>
    public async Task WaitForSelfStopAsync()
    {
        var stopping = Host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping;
        await Task.Delay(Timeout.Infinite, stopping).ContinueWith(_ => { }, TaskScheduler.Default).WaitAsync(TimeSpan.FromSeconds(20));
    }

    public Task StopAsync() => Host.StopAsync();

    public async ValueTask DisposeAsync()
    {
        await Host.StopAsync();
        Host.Dispose();
        if (_ownsServer)
        {
            await Server.DisposeAsync();
        }

        if (_ownsState && Directory.Exists(StateDirectory))
        {
            Directory.Delete(StateDirectory, recursive: true);
        }
    }
}
