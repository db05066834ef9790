using KforBot.Answering.Questions;
using KforBot.Answering.Ranking;

namespace KforBot.Tests.Search;

/// <summary>The corpus's <c>synonyms.txt</c> as a build reads it, and as the generation keeps it for questions.</summary>
public sealed class CorpusSynonymsTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();
    private readonly IndexServices _bot;

    public CorpusSynonymsTests()
    {
        _bot = _corpus.Services();
    }

    public void Dispose()
    {
        _bot.Dispose();
        _corpus.Dispose();
    }

    [Fact]
    public async Task Build_WithTheCorpusRules_QuestionsInAnotherSpellingFindThePassages()
    {
        _corpus.Write("corpus/synonyms.txt", "# places\nferizaj, urosevac, uroševac\n");
        await _bot.BuildSucceedingAsync();

        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        var found = reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read("Where is Uroševac?"), reader).All, 3);

        Assert.Contains("Ferizaj", reader.Passage(Assert.Single(found).Ordinal).Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("soliders", "soldiers")]
    [InlineData("stationd", "stationed")]
    public async Task CorrectSpelling_WordsUnderARule_AreCorrectedToTheWordAsWritten(string typo, string written)
    {
        // The spelling words are the passages' words, not their index terms ("troop", "deploy").
        _corpus.Write("corpus/synonyms.txt", "troops, soldiers\ndeployed, stationed\n");
        await _bot.BuildSucceedingAsync();

        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);

        Assert.Equal(written, reader.CorrectSpelling(typo));
    }

    [Theory]
    [InlineData("# no rules yet\n")]
    [InlineData("\n\n")]
    public async Task Build_SynonymsFileWithoutRules_Builds(string synonyms)
    {
        _corpus.Write("corpus/synonyms.txt", synonyms);

        await _bot.BuildSucceedingAsync();

        await using var reader = await _bot.Index.OpenReaderAsync(CancellationToken.None);
        Assert.NotEmpty(reader.SearchTerms(QuestionTerms.Of(QuestionReader.Read("Camp Bondsteel"), reader).All, 3));
    }

    [Fact]
    public async Task Build_MalformedSynonymsFile_FailsNamingTheLineAndThePreviousGenerationServes()
    {
        await _bot.BuildSucceedingAsync();
        var previous = _bot.CurrentGeneration!;
        _corpus.Write("corpus/synonyms.txt", "kosovo, kosova\nkfor => kosovo force => nato\n");

        var report = await _bot.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains("synonyms.txt is not in the Solr synonyms format: invalid synonym rule at line 2", report.Failure, StringComparison.Ordinal);
        Assert.EndsWith("the previous index is unchanged", report.Failure, StringComparison.Ordinal);
        Assert.Equal(previous, _bot.CurrentGeneration);
        Assert.Equal([previous], _bot.GenerationFolders);
    }
}
