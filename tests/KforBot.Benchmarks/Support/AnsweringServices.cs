using KforBot.Answering;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace KforBot.Benchmarks.Support;

/// <summary>The answering pipeline's services over in-memory settings, as the measuring commands use it.</summary>
internal static class AnsweringServices
{
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?> settings) => Collection(settings).BuildServiceProvider();

    /// <summary>The same services before they are built, for a command that replaces one of them.</summary>
    public static IServiceCollection Collection(IReadOnlyDictionary<string, string?> settings) =>
        new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build())
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddAnswering();
}
