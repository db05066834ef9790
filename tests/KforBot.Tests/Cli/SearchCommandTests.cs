using System.Text.Json;
using KforBot.Cli;
using KforBot.Tests.Support;

namespace KforBot.Tests.Cli;

public sealed class SearchCommandTests : FolderTest
{
    [Fact]
    public async Task Search_JsonBatch_WritesOneRankedObjectPerQueryInOrder()
    {
        var (code, output, _) = await RunAsync("How many US soldiers are in Kosovo?\nzzzqqq\n", "search", "--json", "--batch", "--top", "3");

        Assert.Equal(0, code);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        Assert.Equal("How many US soldiers are in Kosovo?", first.RootElement.GetProperty("query").GetString());
        var results = first.RootElement.GetProperty("results").EnumerateArray().ToList();
        Assert.InRange(results.Count, 1, 3);
        var scores = results.Select(r => r.GetProperty("score").GetDouble()).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        Assert.All(results, r => Assert.False(string.IsNullOrEmpty(r.GetProperty("articleId").GetString())));
        using var second = JsonDocument.Parse(lines[1]);
        Assert.Equal("zzzqqq", second.RootElement.GetProperty("query").GetString());
        Assert.InRange(second.RootElement.GetProperty("results").GetArrayLength(), 0, 3);
    }

    [Fact]
    public async Task Search_TopOutOfRange_FailsWithUsage()
    {
        var (code, _, error) = await RunAsync(string.Empty, "search", "--batch", "--top", "0");

        Assert.NotEqual(0, code);
        Assert.Contains("--top", error, StringComparison.Ordinal);
    }

    private async Task<(int Code, string Output, string Error)> RunAsync(string input, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var context = new CliContext(new StringReader(input), output, error);
        string[] all = [.. args, "--corpus", RepositoryPaths.Corpus, "--index", Folder.Combine("index")];
        var code = await new CliApplication(context).RunAsync(all);
        return (code, output.ToString(), error.ToString());
    }
}
