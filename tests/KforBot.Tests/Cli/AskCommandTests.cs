using System.Text.Json;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

public sealed class AskCommandTests : FolderTest
{
    private string[] Paths => ["--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index")];

    [Fact]
    public async Task AskJsonBatch_QuestionsOnStandardInput_WritesOneContractObjectPerLineInOrder()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("Who is Kadri Kastrati?\n\nWhat did Albin Kurti say?\n", ["ask", "--json", "--batch", .. Paths]);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        var answered = JsonDocument.Parse(lines[0]).RootElement;
        Assert.Equal(["question", "refused", "reason", "passages", "related"], answered.EnumerateObject().Select(p => p.Name));
        Assert.Equal(0, answered.GetProperty("related").GetArrayLength());
        Assert.Equal("Who is Kadri Kastrati?", answered.GetProperty("question").GetString());
        Assert.False(answered.GetProperty("refused").GetBoolean());
        Assert.Equal(JsonValueKind.Null, answered.GetProperty("reason").ValueKind);
        var passage = answered.GetProperty("passages")[0];
        Assert.Equal(["articleId", "title", "outlet", "published", "url", "text", "score"], passage.EnumerateObject().Select(p => p.Name));
        Assert.Equal(JsonValueKind.Number, passage.GetProperty("score").ValueKind);
        Assert.True(passage.GetProperty("published").ValueKind is JsonValueKind.Null or JsonValueKind.String);

        var empty = JsonDocument.Parse(lines[1]).RootElement;
        Assert.True(empty.GetProperty("refused").GetBoolean());
        Assert.Equal(0, empty.GetProperty("passages").GetArrayLength());
        var refused = JsonDocument.Parse(lines[2]).RootElement;
        Assert.True(refused.GetProperty("refused").GetBoolean());
        Assert.Contains("Kurti", refused.GetProperty("reason").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJson_RefusalWithRelatedPassages_ListsThemUnderRelated_WithThePassagesFields()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, ["ask", "--json", "When was NATO founded?", .. Paths]);

        Assert.Equal(0, exitCode);
        var answer = JsonDocument.Parse(output).RootElement;
        Assert.True(answer.GetProperty("refused").GetBoolean());
        Assert.Equal(0, answer.GetProperty("passages").GetArrayLength());
        var related = answer.GetProperty("related")[0];
        Assert.Equal(["articleId", "title", "outlet", "published", "url", "text", "score"], related.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public async Task AskJsonBatch_ThousandQuestions_AnswersEveryOne()
    {
        var questions = string.Concat(Enumerable.Range(0, 1_000).Select(i => (i % 4) switch
        {
            0 => "How many US soldiers are in Kosovo?\n",
            1 => $"question number {i} about nothing\n",
            2 => "\"\"\" AND ( OR\n",
            _ => "What did Rutte say?\n",
        }));

        var (exitCode, output, _) = await CliRunner.RunAsync(questions, ["ask", "--json", "--batch", .. Paths]);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(1_000, lines.Length);
        Assert.All(lines, line => JsonDocument.Parse(line).Dispose());
    }

    [Fact]
    public async Task AskJson_OneQuestion_PrintsOneLine()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, ["ask", "--json", "When was the KFOR mission established?", .. Paths]);

        Assert.Equal(0, exitCode);
        Assert.Single(output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("June 1999", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_ForAPerson_QuotesWithCitations()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, ["ask", "Who is Kadri Kastrati?", .. Paths]);

        Assert.Equal(0, exitCode);
        Assert.Contains("1. “", output, StringComparison.Ordinal);
        Assert.Contains("— ", output, StringComparison.Ordinal);
        Assert.Contains("Radio Free Europe", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AskJsonBatch_BareCarriageReturnInsideALine_GivesOneAnswerForTheLine()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync("How many US soldiers\rare in Kosovo?\r\nWhat is KFOR?\n", ["ask", "--json", "--batch", .. Paths]);

        Assert.Equal(0, exitCode);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Equal("How many US soldiers are in Kosovo?", JsonDocument.Parse(lines[0]).RootElement.GetProperty("question").GetString());
        Assert.Equal("What is KFOR?", JsonDocument.Parse(lines[1]).RootElement.GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("ask", "--bogus")]
    [InlineData("ask", "--json", "-x")]
    [InlineData("search", "--bogus")]
    [InlineData("eval", "--bogus")]
    [InlineData("reindex", "--bogus")]
    [InlineData("--bogus")]
    public async Task UnknownOption_IsAnErrorWithUsageOnStandardError(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, args);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains(args[^1], error, StringComparison.Ordinal);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_QuestionAfterDoubleDash_MayBeginWithADash()
    {
        var (exitCode, output, _) = await CliRunner.RunAsync(string.Empty, ["ask", "--json", .. Paths, "--", "-KFOR troops?"]);

        Assert.Equal(0, exitCode);
        Assert.Equal("-KFOR troops?", JsonDocument.Parse(output).RootElement.GetProperty("question").GetString());
    }

    [Theory]
    [InlineData("ask")]
    [InlineData("ask", "--batch", "a question")]
    [InlineData("frobnicate")]
    [InlineData("ask", "--bogus", "q")]
    [InlineData("eval")]
    public async Task InvalidArguments_PrintUsageOnStandardErrorAndExitOne(params string[] args)
    {
        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, args);

        Assert.Equal(1, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.Contains("Usage", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ask_InvalidSetting_StopsWithAMessageNamingIt()
    {
        var (exitCode, _, error) = await CliRunner.RunAsync(string.Empty, ["ask", "q", "--index", ""]);

        Assert.Equal(2, exitCode);
        Assert.Contains("Index:Path", error, StringComparison.Ordinal);
    }
}
