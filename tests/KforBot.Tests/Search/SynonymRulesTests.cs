using KforBot.Search.Lucene;
using KforBot.Tests.Support;

namespace KforBot.Tests.Search;

public sealed class SynonymRulesTests
{
    [Fact]
    public void Parse_TheCorpusSynonymsFile_GivesRules() =>
        Assert.NotNull(SynonymRules.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Corpus, "synonyms.txt"))));

    [Theory]
    [InlineData("")]
    [InlineData("# only a comment\n\n")]
    public void Parse_NoRules_GivesNone(string text) =>
        Assert.Null(SynonymRules.Parse(text));

    [Fact]
    public void Parse_TwoMappingsOnOneLine_SaysWhichLineAndWhy()
    {
        var failure = Assert.Throws<FormatException>(() => SynonymRules.Parse("kosovo, kosova\nkfor => kosovo force => nato\n"));

        Assert.StartsWith("synonyms.txt is not in the Solr synonyms format: invalid synonym rule at line 2", failure.Message, StringComparison.Ordinal);
        Assert.Contains("more than one explicit mapping", failure.Message, StringComparison.Ordinal);
    }
}
