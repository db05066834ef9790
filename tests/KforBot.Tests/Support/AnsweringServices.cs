using KforBot.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KforBot.Tests.Support;

/// <summary>The real answering pipeline over a corpus folder and an index folder of the test's choosing.</summary>
public sealed class AnsweringServices : IDisposable
{
    private readonly ServiceProvider _provider;

    public AnsweringServices(string corpusDirectory, string indexPath, IDictionary<string, string?>? settings = null)
    {
        CorpusDirectory = corpusDirectory;
        IndexPath = indexPath;
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Corpus:Directory"] = corpusDirectory,
                ["Index:Path"] = indexPath,
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning));
        services.AddSharedEncoder().AddAnswering();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public string CorpusDirectory { get; }

    public string IndexPath { get; }

    public T Get<T>()
        where T : notnull => _provider.GetRequiredService<T>();

    public async Task<ReindexReport> BuildIndexAsync(CancellationToken cancellationToken = default) =>
        await Get<IIndexBuilder>().BuildAsync(CorpusDirectory, null, cancellationToken);

    public void Dispose() => _provider.Dispose();
}
