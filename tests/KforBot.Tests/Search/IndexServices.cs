using KforBot.Search;
using KforBot.Search.Embeddings;
using KforBot.Search.Generations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Time.Testing;

namespace KforBot.Tests.Search;

/// <summary>
/// The answering services as the bot wires them (<c>AddAnswering</c>), over a corpus and an index folder of the
/// test's own, on a clock the test moves, with the model loaded once for all tests (or an encoder of the test's).
/// </summary>
internal sealed class IndexServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public IndexServices(string corpusDirectory, string indexPath, IPassageEncoder? encoder = null)
    {
        CorpusDirectory = corpusDirectory;
        IndexPath = indexPath;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Corpus:Directory"] = corpusDirectory, ["Index:Path"] = indexPath })
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton(encoder ?? SharedModel.Encoder)
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddAnswering();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public FakeTimeProvider Clock { get; } = new(DateTimeOffset.UtcNow);

    public string CorpusDirectory { get; }

    public string IndexPath { get; }

    public IPassageIndex Index => Get<IPassageIndex>();

    /// <summary>The folder of the published generation, or null.</summary>
    public string? CurrentGeneration => new IndexFolder(IndexPath).CurrentGeneration();

    /// <summary>Every generation folder on disk, published or not.</summary>
    public IReadOnlyList<string> GenerationFolders =>
        Directory.Exists(Path.Combine(IndexPath, "generations")) ? Directory.GetDirectories(Path.Combine(IndexPath, "generations")) : [];

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public Task<ReindexReport> BuildAsync(IProgress<ReindexProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Get<IIndexBuilder>().BuildAsync(CorpusDirectory, progress, cancellationToken);

    /// <summary>Builds and fails the test when the build fails.</summary>
    public async Task<ReindexReport> BuildSucceedingAsync()
    {
        var report = await BuildAsync();
        Assert.True(report.Succeeded, report.Failure);
        return report;
    }

    /// <summary>Lets the clock pass the time a running bot waits before it looks for a newer generation.</summary>
    public void WaitForSwitch() => Clock.Advance(TimeSpan.FromSeconds(5));

    public void Dispose() => _provider.Dispose();
}
