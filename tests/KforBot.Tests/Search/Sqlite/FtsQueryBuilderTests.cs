using KforBot.Search.Analysis;
using KforBot.Search.Sqlite;
using KforBot.Tests.Support;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Search.Sqlite;

public sealed class FtsQueryBuilderTests : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public FtsQueryBuilderTests()
    {
        _connection.Open();
        Execute("CREATE VIRTUAL TABLE t USING fts5(title, heading, text, tokenize='porter unicode61 remove_diacritics 2')");
        Execute("INSERT INTO t VALUES ('KFOR', NULL, 'Agim Çeku says NATO AND KFOR will not withdraw')");
    }

    public void Dispose() => _connection.Dispose();

    [Fact]
    public void Build_Groups_QuotesEveryWordAndJoinsWithOr()
    {
        var query = FtsQueryBuilder.Build(QuestionAnalyzer.Analyze("Did NEAR AND Çeku withdraw?", SynonymMap.Empty).Groups);

        Assert.Equal("\"near\" OR \"ceku\" OR \"withdraw\"", query);
        Assert.Equal(1, Count(query!));
    }

    [Fact]
    public void Build_NoSearchableWords_ReturnsNull() =>
        Assert.Null(FtsQueryBuilder.Build(QuestionAnalyzer.Analyze("\"\"\" AND ( OR *:^", SynonymMap.Empty).Groups));

    [Fact]
    public void Build_ThousandsOfHostileStrings_AlwaysGivesValidFts5Syntax()
    {
        foreach (var input in HostileInputs.Generate(seed: 20261122, count: 3_000))
        {
            var query = FtsQueryBuilder.Build(QuestionAnalyzer.Analyze(input, SynonymMap.Empty).Groups);
            if (query is null)
            {
                continue;
            }

            var exception = Record.Exception(() => Count(query));
            Assert.True(exception is null, $"input {Escape(input)} gave query {query}: {exception?.Message}");
        }
    }

    private static string Escape(string text) => string.Concat(text.Take(80).Select(c => char.IsControl(c) || char.IsSurrogate(c) ? $"\\u{(int)c:x4}" : c.ToString()));

    private long Count(string query)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = "SELECT count(*) FROM t WHERE t MATCH $q";
        command.Parameters.AddWithValue("$q", query);
        return (long)command.ExecuteScalar()!;
    }

    private void Execute(string sql)
    {
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
