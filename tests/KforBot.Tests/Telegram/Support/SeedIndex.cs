using KforBot.Search;
using KforBot.Tests.Support;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace KforBot.Tests.Telegram.Support;

/// <summary>The seed corpus's index, built once per test class into a temp folder that is removed afterwards.</summary>
public sealed class SeedIndex : IAsyncLifetime
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "kforbot-tests-" + Guid.NewGuid().ToString("N"));

    public string IndexPath => Path.Combine(_directory, "index");

    public static string CorpusDirectory { get; } = FindCorpus();

    public async Task InitializeAsync()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Index:Path"] = IndexPath,
            ["Corpus:Directory"] = CorpusDirectory,
        }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddSharedEncoder().AddAnswering();
        await using var provider = services.BuildServiceProvider();
        var report = await provider.GetRequiredService<IIndexBuilder>().BuildAsync(CorpusDirectory, null, CancellationToken.None);
        Assert.True(report.Succeeded, report.Failure);
    }

    public Task DisposeAsync()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }

        return Task.CompletedTask;
    }

    private static string FindCorpus()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "KforBot.sln")))
            {
                return Path.Combine(directory.FullName, "corpus");
            }
        }

        throw new DirectoryNotFoundException("The repository's corpus folder was not found above the test output folder.");
    }
}
