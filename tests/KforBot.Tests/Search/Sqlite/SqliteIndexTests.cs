using KforBot.Answering;
using KforBot.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search.Sqlite;

public sealed class SqliteIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Build_TwoArticles_IndexesPassagesWithTheirArticleAndPosition()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "The first article speaks about soldiers in Kosovo and their mission there.")));

        var report = await services.BuildIndexAsync();

        Assert.True(report.Succeeded);
        Assert.Equal(1, report.ArticlesIndexed);
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);
        Assert.Equal("Alpha", reader.Articles["a"].Title);
        Assert.Equal(1, reader.Summary.PassageCount);
    }

    [Fact]
    public async Task Search_FoldedDiacritics_FindsTheAccentedName()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "Former Defense Minister Agim Çeku says the situation has not changed.")));
        await services.BuildIndexAsync();

        var answer = await services.Get<IQuestionAnswerer>().AnswerAsync("What does Ceku say?", CancellationToken.None);

        Assert.False(answer.IsRefused, answer.Reason);
        Assert.Contains("Çeku", answer.Passages[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reindex_ChangedCorpus_IsAnsweredByTheNextQuestionWithoutRestart()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "Soldiers from Italy serve in the mission in the north of Kosovo.")));
        await services.BuildIndexAsync();
        var answerer = services.Get<IQuestionAnswerer>();
        Assert.True((await answerer.AnswerAsync("What about Hungary?", CancellationToken.None)).IsRefused);

        _folder.Write("corpus/b.md", Article("b", "Beta", "Soldiers from Hungary also serve in the mission in the north of Kosovo."));
        await services.BuildIndexAsync();

        var answer = await answerer.AnswerAsync("What about Hungary?", CancellationToken.None);
        Assert.False(answer.IsRefused, answer.Reason);
        Assert.Equal("b", answer.Passages[0].Citation.ArticleId);
    }

    [Fact]
    public async Task Reindex_FailingHalfWay_LeavesThePreviousIndexAnswering()
    {
        using var services = Services(
            ("a.md", Article("a", "Alpha", "Soldiers from Italy serve in the mission in the north of Kosovo.")),
            ("b.md", Article("b", "Beta", "Soldiers from Hungary also serve in the mission in the north of Kosovo.")));
        await services.BuildIndexAsync();
        _folder.Write("corpus/c.md", Article("c", "Gamma", "Soldiers from Poland serve in the mission as well, in Kosovo."));

        // The reindex dies after its first article, as if the process were killed there.
        using var cancellation = new CancellationTokenSource();
        var progress = new SynchronousProgress(p =>
        {
            if (p.ArticlesDone == 1)
            {
                cancellation.Cancel();
            }
        });
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            services.Get<IIndexBuilder>().BuildAsync(services.CorpusDirectory, progress, cancellation.Token));

        var answerer = services.Get<IQuestionAnswerer>();
        Assert.False((await answerer.AnswerAsync("Soldiers from Hungary?", CancellationToken.None)).IsRefused);
        Assert.True((await answerer.AnswerAsync("Soldiers from Poland?", CancellationToken.None)).IsRefused);
        Assert.Equal(["index.db"], Directory.GetFiles(_folder.Combine("data")).Select(Path.GetFileName));
    }

    [Fact]
    public async Task Reindex_NoValidArticle_FailsWithReasonsAndKeepsThePreviousIndex()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "Soldiers from Italy serve in the mission in the north of Kosovo.")));
        await services.BuildIndexAsync();
        File.WriteAllText(_folder.Combine("corpus", "a.md"), "---\ntitle: \"broken\n---\nBody");

        var report = await services.BuildIndexAsync();

        Assert.False(report.Succeeded);
        Assert.Contains("no article", report.Failure, StringComparison.Ordinal);
        Assert.Single(report.Problems);
        var answer = await services.Get<IQuestionAnswerer>().AnswerAsync("Soldiers from Italy?", CancellationToken.None);
        Assert.False(answer.IsRefused);
    }

    [Fact]
    public async Task Answer_NoIndexYet_RefusesWithAPlainReason()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "Some text about Kosovo and its soldiers and the mission.")));

        var answer = await services.Get<IQuestionAnswerer>().AnswerAsync("Soldiers?", CancellationToken.None);

        Assert.True(answer.IsRefused);
        Assert.Contains("not available", answer.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answer_IndexFileIsNotAnIndex_RefusesAndTheOperatorIsToldToReindex()
    {
        using var services = Services(("a.md", Article("a", "Alpha", "Some text about Kosovo and its soldiers and the mission.")));
        Directory.CreateDirectory(_folder.Combine("data"));
        File.WriteAllText(services.IndexPath, "this is not a database");

        var (summary, _) = await services.Get<IPassageIndex>().TryGetSummaryAsync(CancellationToken.None);
        var answer = await services.Get<IQuestionAnswerer>().AnswerAsync("Soldiers?", CancellationToken.None);

        Assert.Null(summary);
        Assert.True(answer.IsRefused);
        var rebuilt = await services.Get<IndexFreshness>().EnsureCurrentAsync(null, CancellationToken.None);
        Assert.True(rebuilt?.Succeeded);
    }

    private AnsweringServices Services(params (string Name, string Content)[] files)
    {
        foreach (var (name, content) in files)
        {
            _folder.Write(Path.Combine("corpus", name), content);
        }

        return new AnsweringServices(_folder.Combine("corpus"), _folder.Combine("data", "index.db"));
    }

    private static string Article(string id, string title, string body) =>
        $"---\nid: \"{id}\"\ntitle: \"{title}\"\noutlet: \"Outlet\"\npublished: 2025-01-0{id.Length}\n---\n\n{body}\n";

    /// <summary>Reports on the reporting thread, so the test can react at an exact point.</summary>
    private sealed class SynchronousProgress(Action<ReindexProgress> onReport) : IProgress<ReindexProgress>
    {
        public void Report(ReindexProgress value) => onReport(value);
    }
}
