using KforBot.Answering;

namespace KforBot.Tests.Support;

/// <summary>A corpus indexed once into a temp folder, shared by the tests of a class.</summary>
public abstract class CorpusIndexFixture : IAsyncLifetime, IDisposable
{
    private readonly TempFolder _folder = new();

    /// <param name="corpus">Gives the corpus folder to index, given the fixture's temp folder (to copy a corpus into).</param>
    protected CorpusIndexFixture(Func<TempFolder, string> corpus)
    {
        Corpus = corpus(_folder);
        Services = new AnsweringServices(Corpus, _folder.Combine("index"));
    }

    /// <summary>The corpus folder indexed.</summary>
    public string Corpus { get; }

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
        GC.SuppressFinalize(this);
    }
}
