using KforBot.Answering;

namespace KforBot.Tests.Support;

/// <summary>A corpus indexed once into a temp folder, shared by the tests of a class.</summary>
public abstract class CorpusIndexFixture : IAsyncLifetime, IDisposable
{
    protected CorpusIndexFixture(Func<TempFolder, string> corpus)
    {
        Folder = new TempFolder();
        Corpus = corpus(Folder);
        Services = new AnsweringServices(Corpus, Folder.Combine("index"));
    }

    /// <summary>The corpus folder indexed.</summary>
    public string Corpus { get; }

    public AnsweringServices Services { get; }

    public IQuestionAnswerer Answerer => Services.Get<IQuestionAnswerer>();

    protected TempFolder Folder { get; }

    public async Task InitializeAsync()
    {
        var report = await Services.BuildIndexAsync();
        Assert.True(report.Succeeded, report.Failure);
    }

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        Services.Dispose();
        Folder.Dispose();
        GC.SuppressFinalize(this);
    }
}
