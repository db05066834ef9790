using KforBot.Corpus;
using KforBot.Search;
using KforBot.Search.Analysis;
using KforBot.Tests.Support;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

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
    public async Task CountPassagesContainingAsync_EveryStemOfTheSeedCorpus_MatchesAPassageLevelFts5Table()
    {
        using var services = new AnsweringServices(RepositoryPaths.Corpus, _folder.Combine("seed.db"));
        await services.BuildIndexAsync();
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);

        // FTS5 itself, one row per passage text, is the reference for the counts the index keeps.
        using var connection = new SqliteConnection($"Data Source={_folder.Combine("seed.db")};Pooling=False");
        connection.Open();
        Execute(connection, "CREATE VIRTUAL TABLE temp.reference USING fts5(text, tokenize='porter unicode61 remove_diacritics 2')");
        var passages = (await new CorpusLoader(NullLogger<CorpusLoader>.Instance).LoadAsync(RepositoryPaths.Corpus, CancellationToken.None)).Articles.SelectMany(PassageSplitter.Split).ToList();
        foreach (var passage in passages)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO temp.reference(text) VALUES ($text)";
            insert.Parameters.AddWithValue("$text", passage.Text);
            insert.ExecuteNonQuery();
        }

        Execute(connection, "CREATE VIRTUAL TABLE temp.reference_terms USING fts5vocab(temp, reference, 'row')");
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT term, doc FROM temp.reference_terms";
        using var rows = command.ExecuteReader();

        var checkedTerms = 0;
        while (rows.Read())
        {
            var term = rows.GetString(0);
            Assert.True(
                rows.GetInt32(1) == await reader.CountPassagesContainingAsync(new TermSequence([term], [term]), CancellationToken.None),
                $"passages containing '{term}'");
            checkedTerms++;
        }

        Assert.True(checkedTerms > 500, $"only {checkedTerms} stems checked");
        Assert.Equal(0, await reader.CountPassagesContainingAsync(new TermSequence(["zzzqqq"], ["zzzqqq"]), CancellationToken.None));
    }

    [Fact]
    public async Task FindCandidatesAsync_MatchedArticles_ComeBestFirstEachWithAllItsPassagesInOrder()
    {
        var bondsteelThrice = "Camp Bondsteel hosts the American contingent near Ferizaj.\n\nThe weather in the valley was cold and wet that whole week.\n\nBondsteel was built in 1999 by the US Army, and Bondsteel grew.";
        var bondsteelOnce = "KFOR soldiers visited Camp Bondsteel on Monday, then drove on to Pristina and to the north of the country for talks.";
        using var services = Corpus(("a", bondsteelOnce), ("b", bondsteelThrice), ("c", "Nothing about the camp here at all, only rain."));
        await services.BuildIndexAsync();
        await using var reader = await services.Get<IPassageIndex>().OpenReaderAsync(CancellationToken.None);

        var candidates = await reader.FindCandidatesAsync(Groups("Bondsteel"), 10, CancellationToken.None);
        var best = await reader.FindCandidatesAsync(Groups("Bondsteel"), 1, CancellationToken.None);

        Assert.Equal([("b", 0), ("b", 1), ("b", 2), ("a", 0)], candidates.Select(c => (c.ArticleId, c.Position)));
        Assert.Equal("The weather in the valley was cold and wet that whole week.", candidates[1].Text);
        Assert.Equal(candidates.Count, candidates.Select(c => c.PassageId).Distinct().Count());
        Assert.Equal(["b"], best.Select(c => c.ArticleId).Distinct());
    }

    private static IReadOnlyList<QueryTermGroup> Groups(string question) => QuestionAnalyzer.Analyze(question, SynonymMap.Empty).Groups;

    private static string Article(string id, string text) => $"---\nid: \"{id}\"\ntitle: \"Title {id}\"\n---\n\n{text}\n";

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private AnsweringServices Corpus(params (string Id, string Text)[] articles)
    {
        foreach (var (id, text) in articles)
        {
            _folder.Write($"corpus/{id}.md", Article(id, text));
        }

        return new AnsweringServices(_folder.Combine("corpus"), _folder.Combine("index.db"));
    }
}
