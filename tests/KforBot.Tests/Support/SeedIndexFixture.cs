using KforBot.Answering;

namespace KforBot.Tests.Support;

/// <summary>The seed corpus indexed once into a temp folder, shared by the tests of a class.</summary>
public sealed class SeedIndexFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    public SeedIndexFixture()
    {
        Services = new AnsweringServices(RepositoryPaths.Corpus, _folder.Combine("index"));
    }

    public AnsweringServices Services { get; }

    public IQuestionAnswerer Answerer => Services.Get<IQuestionAnswerer>();

    public async Task InitializeAsync()
    {
        var report = await Services.BuildIndexAsync();
        Assert.True(report.Succeeded, report.Failure);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Services.Dispose();
        _folder.Dispose();
    }
}
