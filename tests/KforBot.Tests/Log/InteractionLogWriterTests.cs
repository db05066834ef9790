using KforBot.Log;
using KforBot.Log.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Moq;

namespace KforBot.Tests.Log;

public sealed class InteractionLogWriterTests
{
    [Fact]
    public async Task BurstOfTenThousandQuestions_GracefulShutdown_WritesEveryOne()
    {
        await using var log = new LogServices();
        await log.StartAsync();

        for (var i = 0; i < 10_000; i++)
        {
            log.Log.Record(i % 2 == 0 ? Sample.Alice : Sample.Bob, Sample.Answered($"question {i}"), TimeSpan.FromMilliseconds(i));
        }

        await log.StopAsync();

        var entries = await log.AllAsync();
        Assert.Equal(10_000, entries.Count);
        Assert.Equal(10_000, entries.Select(e => e.Question).Distinct().Count());
        Assert.Equal(new LogHealth(Waiting: 0, Written: 10_000, Lost: 0), log.Log.Health);
    }

    [Fact]
    public async Task StoreHangs_RecordingStillReturnsAtOnce_AndTheEntriesAreWrittenWhenItRecovers()
    {
        var release = new TaskCompletionSource();
        var written = new List<LogChange>();
        var store = new Mock<IInteractionStore>();
        store.Setup(s => s.ApplyAsync(It.IsAny<IReadOnlyList<LogChange>>(), It.IsAny<CancellationToken>()))
            .Returns(async (IReadOnlyList<LogChange> changes, CancellationToken _) =>
            {
                await release.Task;
                lock (written)
                {
                    written.AddRange(changes);
                }
            });
        await using var log = new LogServices(configure: services => services.AddSingleton(store.Object));
        await log.StartAsync();

        // A locked file: the first write never returns until released, and every question is still recorded at once.
        var ids = Enumerable.Range(0, 100).Select(i => log.Log.Record(Sample.Alice, Sample.Answered($"q{i}"), TimeSpan.Zero)).ToList();
        Assert.Equal(100, log.Log.Health.Waiting);

        release.SetResult();
        await log.StopAsync();

        Assert.Equal(ids, written.Cast<LogChange.Add>().Select(a => a.Entry.Id));
        Assert.Equal(new LogHealth(0, 100, 0), log.Log.Health);
    }

    [Fact]
    public async Task DiskFull_TheWriterRetriesAndReportsWhatWaits_ThenWritesEverything()
    {
        var attempts = 0;
        var written = new List<LogChange>();
        var store = new Mock<IInteractionStore>();
        store.Setup(s => s.ApplyAsync(It.IsAny<IReadOnlyList<LogChange>>(), It.IsAny<CancellationToken>()))
            .Returns((IReadOnlyList<LogChange> changes, CancellationToken _) =>
            {
                if (Interlocked.Increment(ref attempts) <= 3)
                {
                    throw new SqliteException("SQLite Error 13: 'database or disk is full'.", 13);
                }

                lock (written)
                {
                    written.AddRange(changes);
                }

                return Task.CompletedTask;
            });
        await using var log = new LogServices(configure: services => services.AddSingleton(store.Object));

        // All fifty wait before the writer starts, so its first attempt (and its report) counts every one of them.
        for (var i = 0; i < 50; i++)
        {
            log.Log.Record(Sample.Alice, Sample.Answered($"q{i}"), TimeSpan.Zero);
        }

        await log.StartAsync();
        await Eventually(() => log.Logs.Contains("disk is full"));
        Assert.Equal(50, log.Log.Health.Waiting);
        Assert.True(log.Logs.Contains("50 changes wait"), string.Join("\n", log.Logs.Lines));

        // The retries wait on the injected clock: move it on until the disk has room again.
        await Eventually(() => log.Log.Health.Written == 50, advance: log.Clock);
        await log.StopAsync();

        Assert.Equal(50, written.Count);
        Assert.Equal(new LogHealth(0, 50, 0), log.Log.Health);
        Assert.True(log.Logs.Contains("is written again"));
    }

    [Fact]
    public async Task FolderCannotBeCreated_AnswersGoOn_AndWhatCouldNotBeWrittenIsReportedAsLostAtShutdown()
    {
        await using var log = new LogServices();
        var blocker = log.Folder.Write("blocker", "not a folder");
        await using var broken = UnderAFile(blocker, new() { ["Log:UserIdSecret"] = "a-configured-secret-key" });
        await broken.StartAsync();

        for (var i = 0; i < 10; i++)
        {
            broken.Log.Record(Sample.Alice, Sample.Answered($"q{i}"), TimeSpan.Zero);
        }

        await Eventually(() => broken.Logs.Contains("cannot be written"));
        Assert.Equal(10, broken.Log.Health.Waiting);
        await broken.StopAsync();

        Assert.Equal(new LogHealth(Waiting: 0, Written: 0, Lost: 10), broken.Log.Health);
        Assert.True(broken.Logs.Contains("10 changes lost"), string.Join("\n", broken.Logs.Lines));
        Assert.Equal("not a folder", File.ReadAllText(blocker));
    }

    [Fact]
    public async Task KeyFileCannotBeMade_RecordReturnsAndCountsTheEntryAsLost()
    {
        await using var log = new LogServices();
        await using var broken = UnderAFile(log.Folder.Write("blocker", "not a folder"), []);

        var id = broken.Log.Record(Sample.Alice, Sample.Answered(), TimeSpan.Zero);

        Assert.Equal(32, id.Length);
        Assert.Equal(new LogHealth(0, 0, 1), broken.Log.Health);
        Assert.True(broken.Logs.Contains("user-id key"));
    }

    [Fact]
    public async Task RecordAfterShutdown_IsCountedAsLost()
    {
        await using var log = new LogServices();
        await log.StartAsync();
        await log.StopAsync();

        log.Log.Record(Sample.Alice, Sample.Answered(), TimeSpan.Zero);

        Assert.Equal(1, log.Log.Health.Lost);
    }

    /// <summary>
    /// A log whose folder would be <paramref name="file"/>: no one, not even an administrator, can create the log
    /// (or its key) there.
    /// </summary>
    private static LogServices UnderAFile(string file, Dictionary<string, string?> settings)
    {
        settings["Log:Path"] = Path.Combine(file, "log.db");
        return new LogServices(settings);
    }

    /// <summary>Waits for something the background writer does, moving the fake clock on when its retries wait on it.</summary>
    private static async Task Eventually(Func<bool> condition, Microsoft.Extensions.Time.Testing.FakeTimeProvider? advance = null)
    {
        for (var i = 0; i < 1_000 && !condition(); i++)
        {
            advance?.Advance(TimeSpan.FromSeconds(30));
            await Task.Delay(10);
        }

        Assert.True(condition());
    }
}
