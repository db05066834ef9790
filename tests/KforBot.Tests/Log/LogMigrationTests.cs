using KforBot.Log;
using KforBot.Log.Storage;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Log;

public sealed class LogMigrationTests
{
    // The log file as the first released schema wrote it (user_version 1), kept here as it was.
    private const string SchemaVersion1 = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE interactions(
            id TEXT PRIMARY KEY, at_ms INTEGER NOT NULL, channel TEXT NOT NULL, chat_type TEXT NOT NULL,
            user_id TEXT NOT NULL, raw_user_id TEXT, question TEXT NOT NULL, refused INTEGER NOT NULL, reason TEXT,
            passages TEXT NOT NULL, index_version TEXT NOT NULL, latency_ms REAL NOT NULL, feedback TEXT,
            status TEXT NOT NULL DEFAULT 'new', note TEXT) WITHOUT ROWID;
        CREATE INDEX interactions_at ON interactions(at_ms);
        CREATE INDEX interactions_user ON interactions(user_id);
        INSERT INTO interactions VALUES
            ('old-answer', 1741608000000, 'telegram', 'private', 'u1', NULL, 'How many US soldiers are in Kosovo?', 0, NULL,
             '[{"articleId":"us-soldiers","position":3,"score":2.5}]', 'v6', 4.5, 'up', 'reviewed', 'fine'),
            ('old-refusal', 1741608060000, 'console', 'chat', 'u2', NULL, 'What about the weather in Pristina?', 1,
             'My articles mention “Pristina”, but none of them mentions “weather”.', '[]', 'v6', 3.0, 'down', 'new', NULL);
        PRAGMA user_version = 1;
        """;

    [Fact]
    public async Task OpeningALogOfThePreviousSchema_KeepsEveryEntry_AndFindsTheWordsOfOldRefusals()
    {
        await using var log = new LogServices();
        Directory.CreateDirectory(Path.GetDirectoryName(log.LogPath)!);
        await using (var connection = new SqliteConnection($"Data Source={log.LogPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = SchemaVersion1;
            await command.ExecuteNonQueryAsync();
        }

        var entries = await log.AllAsync();

        Assert.Equal(["old-refusal", "old-answer"], entries.Select(e => e.Id));
        var answer = entries[1];
        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1741608000000), answer.At);
        Assert.Equal([new LoggedPassage("us-soldiers", 3, 2.5)], answer.Passages);
        Assert.Equal((Feedback.Up, ModerationStatus.Reviewed, "fine", "v6"), (answer.Feedback, answer.Status, answer.Note, answer.IndexVersion));
        Assert.Null(answer.NowAnswerable);
        Assert.Null(answer.NotifyTo);
        Assert.Equal(["weather"], entries[0].UncoveredTerms);
        Assert.Equal(LogSchema.CurrentVersion, await UserVersionAsync(log.LogPath));
    }

    [Fact]
    public async Task ALogOfANewerSchema_IsRefusedWithAPlainMessage_AndLeftUntouched()
    {
        await using var log = new LogServices();
        Directory.CreateDirectory(Path.GetDirectoryName(log.LogPath)!);
        await using (var connection = new SqliteConnection($"Data Source={log.LogPath};Pooling=False"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TABLE future(x); PRAGMA user_version = 99;";
            await command.ExecuteNonQueryAsync();
        }

        var error = await Assert.ThrowsAsync<LogSchemaException>(() => log.AllAsync());

        Assert.Contains("newer version", error.Message, StringComparison.Ordinal);
        Assert.Equal(99, await UserVersionAsync(log.LogPath));
    }

    private static async Task<long> UserVersionAsync(string path)
    {
        await using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA user_version";
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
