using KforBot.Answering;
using KforBot.Log;
using KforBot.Log.Storage;
using KforBot.Tests.Support;
using KforBot.Tests.Telegram.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KforBot.Tests.Log;

/// <summary>
/// The interaction log over a real SQLite file in a temp folder, with a clock the test moves and every log line
/// captured. <see cref="StartAsync"/> and <see cref="StopAsync"/> run its hosted services as the host would.
/// </summary>
internal sealed class LogServices : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2025, 3, 10, 12, 0, 0, TimeSpan.Zero);

    private readonly TempFolder _folder = new();
    private readonly ServiceProvider _provider;
    private List<IHostedService>? _started;

    public LogServices(IDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        LogPath = _folder.Combine("data", "log.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Log:Path"] = LogPath })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Trace).AddProvider(Logs));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IQuestionAnswerer>(Answerer);
        services.AddInteractionLog();
        configure?.Invoke(services);
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    public FakeTimeProvider Clock { get; } = new(Start);

    public CapturedLogs Logs { get; } = new();

    /// <summary>What the re-check after a reindex hears; refuses every question it was not told an answer to.</summary>
    public ScriptedAnswerer Answerer { get; } = new();

    public string LogPath { get; }

    public TempFolder Folder => _folder;

    public IInteractionLog Log => Get<IInteractionLog>();

    public InteractionQueries Queries => Get<InteractionQueries>();

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async Task StartAsync()
    {
        _started = [.. _provider.GetServices<IHostedService>()];
        foreach (var service in _started)
        {
            await service.StartAsync(CancellationToken.None);
        }
    }

    public async Task StopAsync()
    {
        foreach (var service in Enumerable.Reverse(_started ?? []))
        {
            await service.StopAsync(CancellationToken.None);
        }

        _started = null;
    }

    public async Task<List<InteractionEntry>> AllAsync(InteractionFilter? filter = null)
    {
        var entries = new List<InteractionEntry>();
        await foreach (var entry in Queries.ListAsync(filter ?? new InteractionFilter(), CancellationToken.None))
        {
            entries.Add(entry);
        }

        return entries;
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        await _provider.DisposeAsync();
        _folder.Dispose();
    }
}

/// <summary>Answers and askers for log tests.</summary>
internal static class Sample
{
    public static readonly Asker Alice = new(LogChannel.Telegram, "private", "1001");
    public static readonly Asker Bob = new(LogChannel.Telegram, "group", "1002");

    /// <summary>An answer of index generation "g7" quoting passage 3 of "us-soldiers" and passage 0 of "rutte-visit".</summary>
    public static Answer Answered(string question = "How many US soldiers are in Kosovo?") =>
        Answered(question, Quote("us-soldiers", 7, 3, 2.5), Quote("rutte-visit", 2, 0, 1.25));

    /// <summary>An answer of index generation "g7" quoting <paramref name="passages"/>.</summary>
    public static Answer Answered(string question, params QuotedPassage[] passages) =>
        new(question, new AnswerOutcome.Answered(passages, 0, FiguresDiffer: false)) { IndexVersion = "g7" };

    /// <summary>Refused: "None of my 5 articles mentions “…”."</summary>
    public static Answer Refused(string question, params string[] missing) =>
        Refused(question, new Refusal(RefusalKind.NotMentioned) { ArticleCount = 5, Missing = missing });

    /// <summary>Refused: "My articles mention “…”, but none of them mentions “…”."</summary>
    public static Answer PartlyRefused(string question, string[] mentioned, string[] missing) =>
        Refused(question, new Refusal(RefusalKind.PartlyMentioned) { ArticleCount = 5, Mentioned = mentioned, Missing = missing });

    public static Answer Refused(string question, Refusal refusal) =>
        new(question, new AnswerOutcome.Refused(refusal, ["How many US soldiers are in Kosovo?"]));

    public static QuotedPassage Quote(string articleId, long ordinal, int position, double score) =>
        new(new Citation(articleId, "Title", "Outlet", null, null), "The passage.", score, [], ordinal) { Position = position };
}

/// <summary>An answerer with answers set by the test: the index after a reindex, as the re-check sees it.</summary>
internal sealed class ScriptedAnswerer : IQuestionAnswerer
{
    private readonly Dictionary<string, Answer> _answers = new(StringComparer.Ordinal);

    public List<string> Asked { get; } = [];

    public void Answer(Answer answer) => _answers[answer.Question] = answer;

    public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken) => AnswerAsync(question, 0, cancellationToken);

    public Task<Answer> AnswerAsync(string question, int skip, CancellationToken cancellationToken)
    {
        Asked.Add(question);
        return Task.FromResult(_answers.TryGetValue(question, out var answer) ? answer : Sample.Refused(question, "it"));
    }
}
