using KforBot.Formatting;
using System.Security.Cryptography;
using KforBot.Answering;
using KforBot.Tests.Cli;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Search;

/// <summary>An index path that holds something other than our index is refused by name and left byte for byte as it was.</summary>
public sealed class ForeignIndexPathTests : IDisposable
{
    private readonly SmallCorpus _corpus = new();

    public void Dispose() => _corpus.Dispose();

    public static TheoryData<string> ForeignPaths => ["article", "database", "folder", "corpus"];

    [Theory]
    [MemberData(nameof(ForeignPaths))]
    public async Task Build_IndexPathHoldsSomethingElse_FailsNamingThePathAndLeavesItUntouched(string kind)
    {
        var path = Foreign(kind);
        var before = Snapshot(path);
        using var services = new IndexServices(_corpus.Directory, path);

        var report = await services.BuildAsync();

        Assert.False(report.Succeeded);
        Assert.Contains($"'{path}'", report.Failure, StringComparison.Ordinal);
        Assert.Contains("left untouched", report.Failure, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Theory]
    [MemberData(nameof(ForeignPaths))]
    public async Task Answer_IndexPathHoldsSomethingElse_RefusesPolitelyAndLeavesItUntouched(string kind)
    {
        var path = Foreign(kind);
        var before = Snapshot(path);
        using var services = new IndexServices(_corpus.Directory, path);

        var answer = await services.Get<IQuestionAnswerer>().AnswerAsync("How many KFOR troops are in Kosovo?", CancellationToken.None);

        Assert.Equal(AnswerKind.Refused, answer.Kind);
        Assert.Contains("index is not available", ReasonText.Of(answer), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Theory]
    [MemberData(nameof(ForeignPaths))]
    public async Task ReindexCommand_IndexPathHoldsSomethingElse_ExitsOneNamingThePathAndLeavesItUntouched(string kind)
    {
        var path = Foreign(kind);
        var before = Snapshot(path);

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "reindex", "--corpus", _corpus.Directory, "--index", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"'{path}'", output + error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Fact]
    public async Task AskCommand_IndexPathIsAFile_ExitsOneNamingThePathAndLeavesItUntouched()
    {
        var path = Foreign("database");
        var before = Snapshot(path);

        var (exitCode, output, error) = await CliRunner.RunAsync(string.Empty, "ask", "How many KFOR troops are in Kosovo?", "--corpus", _corpus.Directory, "--index", path);

        Assert.Equal(1, exitCode);
        Assert.Contains($"'{path}'", output + error, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(path));
    }

    [Fact]
    public async Task Build_EmptyFolder_BecomesTheIndex()
    {
        var path = Directory.CreateDirectory(_corpus.Combine("empty")).FullName;
        using var services = new IndexServices(_corpus.Directory, path);

        await services.BuildSucceedingAsync();

        Assert.True(File.Exists(Path.Combine(path, "KFORBOT-INDEX")));
    }

    private string Foreign(string kind)
    {
        switch (kind)
        {
            case "article":
                return Path.Combine(_corpus.Directory, "troops.md");
            case "database":
                var database = _corpus.Combine("data", "bot.db");
                Directory.CreateDirectory(Path.GetDirectoryName(database)!);
                using (var connection = new SqliteConnection($"Data Source={database};Pooling=False"))
                {
                    connection.Open();
                    using var command = connection.CreateCommand();
                    command.CommandText = "CREATE TABLE chats (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO chats (name) VALUES ('operators');";
                    command.ExecuteNonQuery();
                }

                return database;
            case "folder":
                _corpus.Write("notes/todo.txt", "Renew the certificate.\n");
                _corpus.Write("notes/archive/2024.txt", "Old notes.\n");
                return _corpus.Combine("notes");
            default:
                return _corpus.Directory;
        }
    }

    /// <summary>Every file and folder under <paramref name="path"/> (or the file itself) with the SHA-256 of its bytes.</summary>
    private static string Snapshot(string path)
    {
        if (File.Exists(path))
        {
            return Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(path)));
        }

        var entries = Directory.GetFileSystemEntries(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(entry => File.Exists(entry) ? $"{entry} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry)))}" : $"{entry}/");
        return string.Join('\n', entries);
    }
}
