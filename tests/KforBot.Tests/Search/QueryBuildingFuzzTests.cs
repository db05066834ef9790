using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;
using KforBot.Search;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

/// <summary>
/// Hostile text through query building (reading the question, its index terms, the BM25 search), without the
/// model: nothing throws, and no character of a message acts as query syntax.
/// </summary>
public sealed class QueryBuildingFuzzTests : IAsyncLifetime, IDisposable
{
    // The colon is not here: the standard tokenizer keeps "title:kosovo" as one word (Unicode counts ':' as a
    // letter joiner), which is harmless, since a term is never parsed.
    private static readonly char[] QuerySyntax = [' ', '"', '*', '?', '(', ')', '[', ']', '{', '}', '^', '~', '\\', '/', '\0', '+', '!'];

    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _services;

    public QueryBuildingFuzzTests()
    {
        _services = _corpus.Services();
    }

    public async Task InitializeAsync() => await _services.BuildSucceedingAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose()
    {
        _services.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task SearchTerms_ThousandsOfHostileQuestions_NeverThrowAndFindOnlyPassagesWithTheirTerms()
    {
        await using var reader = await _services.Index.OpenReaderAsync(CancellationToken.None);
        var searched = 0;
        foreach (var message in HostileInputs.Generate(seed: 9, count: 4_000))
        {
            var terms = QuestionTerms.Of(QuestionReader.Read(message), reader).All;
            Assert.DoesNotContain(terms, t => t.Length == 0 || t.IndexOfAny(QuerySyntax) >= 0);

            foreach (var hit in reader.SearchTerms(terms, 10))
            {
                // A passage is searched with its article's title, outlet and date.
                var passage = reader.Passage(hit.Ordinal);
                var passageTerms = reader.Analyze($"{passage.Text}\n{reader.Articles[passage.ArticleId].Context}").Select(t => t.Term);
                Assert.True(passageTerms.Intersect(terms).Any(), $"The passage {hit.Ordinal} was found for {Escape(message)} without any of its terms.");
                searched++;
            }
        }

        // The generated inputs mention KFOR, Kosovo and U.S. often enough that the search itself ran.
        Assert.True(searched > 100, $"only {searched} passages were found");
    }

    [Theory]
    [InlineData("*:*")]
    [InlineData("*")]
    [InlineData("\"\" AND ( OR")]
    [InlineData("text:*")]
    [InlineData("title:[a TO z]")]
    [InlineData("NOT nothing")]
    [InlineData("\\\\ \\* \\:")]
    [InlineData("?????")]
    [InlineData("\0")]
    public async Task SearchTerms_QuerySyntaxAlone_FindsNothing(string message)
    {
        await using var reader = await _services.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Empty(reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read(message), reader).All, 10));
        Assert.Empty(reader.SearchTerms([message], 10));
    }

    [Theory]
    [InlineData("title: Bondsteel", "title Bondsteel")]
    [InlineData("Bondsteel*", "Bondsteel")]
    [InlineData("\"Camp Bondsteel\"~5^10", "Camp Bondsteel 5 10")]
    [InlineData("KFOR -Mitrovica", "KFOR Mitrovica")]
    [InlineData("KFOR AND NOT Mitrovica", "KFOR Mitrovica")]
    [InlineData("(Mitrovica\\ OR Bondsteel\0)", "Mitrovica Bondsteel")]
    public async Task SearchTerms_WordsInQuerySyntax_FindWhatThePlainWordsFind(string message, string plain)
    {
        await using var reader = await _services.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Equal(Search(reader, plain), Search(reader, message));
        Assert.NotEmpty(Search(reader, message));
    }

    private static List<int> Search(IPassageIndexReader reader, string message) =>
        reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read(message), reader).All, 10).Select(h => h.Ordinal).ToList();

    private static string Escape(string text) => string.Concat(text.Take(80).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));
}
