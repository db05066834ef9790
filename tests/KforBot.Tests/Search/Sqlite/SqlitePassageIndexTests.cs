using KforBot.Search;
using KforBot.Search.Analysis;
using KforBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Search.Sqlite;

public sealed class SqlitePassageIndexTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task OpenReaderAsync_AfterAReindex_NextReaderSeesTheNewBuildWhileAnOpenReaderKeepsTheOld()
    {
        using var services = Corpus(("a", "Camp Bondsteel is near Ferizaj."));
        await services.BuildIndexAsync();
        var index = services.Get<IPassageIndex>();
        await using var before = await index.OpenReaderAsync(CancellationToken.None);

        _folder.Write("corpus/b.md", Article("b", "KFOR troops patrol the north of Kosovo."));
        await services.BuildIndexAsync();
        await using var after = await index.OpenReaderAsync(CancellationToken.None);

        Assert.Equal(1, before.Summary.ArticleCount);
        Assert.Equal(2, after.Summary.ArticleCount);
        Assert.NotEqual(before.Summary.BuildId, after.Summary.BuildId);
        Assert.True(before.Articles.ContainsKey("a"));
        Assert.False(before.Articles.ContainsKey("b"));
        Assert.Single(await before.FindCandidatesAsync(Groups("Bondsteel"), 10, CancellationToken.None));
        Assert.Single(await after.FindCandidatesAsync(Groups("patrol"), 10, CancellationToken.None));
    }

    [Fact]
    public async Task OpenReaderAsync_SameBuild_SharesItsMetadataBetweenReaders()
    {
        using var services = Corpus(("a", "Camp Bondsteel is near Ferizaj."));
        await services.BuildIndexAsync();
        var index = services.Get<IPassageIndex>();

        IReadOnlyDictionary<string, IndexedArticle> first, second;
        await using (var reader = await index.OpenReaderAsync(CancellationToken.None))
        {
            first = reader.Articles;
        }

        await using (var reader = await index.OpenReaderAsync(CancellationToken.None))
        {
            second = reader.Articles;
        }

        Assert.Same(first, second);
    }

    [Fact]
    public async Task Articles_ReadOnDemand_FindsKnownIdsAndListsThemAll()
    {
        using var services = Corpus(("a", "Camp Bondsteel is near Ferizaj."), ("b", "KFOR troops patrol the north."));
        await services.BuildIndexAsync();
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);

        Assert.Equal("Title a", reader.Articles["a"].Title);
        Assert.False(reader.Articles.TryGetValue("missing", out _));
        Assert.Equal(2, reader.Articles.Count);
        Assert.Equal(["a", "b"], reader.Articles.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task CountPassagesContainingAsync_MatchesFts5vocabOnTheTextColumn()
    {
        using var services = new AnsweringServices(RepositoryPaths.Corpus, _folder.Combine("seed.db"));
        await services.BuildIndexAsync();
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);
        using var connection = new SqliteConnection($"Data Source={_folder.Combine("seed.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM passage_terms WHERE col = 'text' ORDER BY cnt DESC LIMIT 40";
        using var rows = command.ExecuteReader();

        while (rows.Read())
        {
            var term = rows.GetString(0);
            Assert.Equal(rows.GetInt32(1), await reader.CountPassagesContainingAsync(new TermSequence([term], [term]), CancellationToken.None));
        }

        Assert.Equal(0, await reader.CountPassagesContainingAsync(new TermSequence(["zzzqqq"], ["zzzqqq"]), CancellationToken.None));
    }

    private static IReadOnlyList<QueryTermGroup> Groups(string question) => QuestionAnalyzer.Analyze(question, SynonymMap.Empty).Groups;

    private static string Article(string id, string text) => $"---\nid: \"{id}\"\ntitle: \"Title {id}\"\n---\n\n{text}\n";

    private AnsweringServices Corpus(params (string Id, string Text)[] articles)
    {
        foreach (var (id, text) in articles)
        {
            _folder.Write($"corpus/{id}.md", Article(id, text));
        }

        return new AnsweringServices(_folder.Combine("corpus"), _folder.Combine("index.db"));
    }
}
