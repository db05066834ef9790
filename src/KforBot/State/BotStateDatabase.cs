using KforBot.Storage;
using Microsoft.Data.Sqlite;

namespace KforBot.State;

/// <summary>
/// The bot's own SQLite file (default <c>data/bot.db</c>, set by <c>Telegram:StatePath</c>), shared by the stores that
/// keep what the bot must remember between updates: the conversation's answers shown (for "More sources"), and here
/// <see cref="HandledUpdates"/> (update ids handled per bot, last confirmed getUpdates offset), <see cref="BlockedChats"/>
/// and <see cref="ChatMigrations"/> (groups that moved to a supergroup). One schema, numbered, for the whole file. (Feedback is the interaction log's; files written
/// before it keep their old feedback table, no longer written.) Separate from the article index, which a reindex
/// replaces. A write that finds the file locked by another program waits <c>lockWaitSeconds</c>, then fails with
/// <see cref="BotStateException"/>.
/// </summary>
internal sealed class BotStateDatabase : IBotStateDatabase, IDisposable
{
    // Every statement is IF NOT EXISTS: files written before the schema was numbered hold these tables already.
    private const string Schema = """
        -- Update ids are unique only per bot, so they are kept with the bot's id. (Files written before that hold a
        -- table handled_updates of bare ids; it is no longer read.)
        CREATE TABLE IF NOT EXISTS handled_updates_by_bot (
            bot_id     INTEGER NOT NULL,
            update_id  INTEGER NOT NULL,
            handled_at INTEGER NOT NULL,
            PRIMARY KEY (bot_id, update_id)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS confirmed_offsets (
            bot_id         INTEGER PRIMARY KEY,
            next_update_id INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS answers (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id    INTEGER NOT NULL,
            question   TEXT    NOT NULL,
            shown      INTEGER NOT NULL,
            passages   TEXT    NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS answers_created_at ON answers (created_at);
        CREATE TABLE IF NOT EXISTS blocked_chats (
            chat_id    INTEGER PRIMARY KEY,
            reason     TEXT    NOT NULL,
            blocked_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS chat_migrations (
            chat_id     INTEGER PRIMARY KEY,
            new_chat_id INTEGER NOT NULL,
            migrated_at INTEGER NOT NULL);
        """;

    private readonly SqliteFile _file;

    // One writer at a time, on one connection kept open: SQLite allows a single writer, and
    // Microsoft.Data.Sqlite answers a busy database by sleeping 150 ms, which concurrent answers would hit.
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private SqliteConnection? _writer;

    /// <param name="path">The file (<c>Telegram:StatePath</c>).</param>
    /// <param name="lockWaitSeconds">How long a write waits for a file another program holds locked (<c>Telegram:StateLockWaitSeconds</c>).</param>
    public BotStateDatabase(string path, int lockWaitSeconds) =>
        _file = new SqliteFile(path, [new SqliteMigration(1, Schema)], new SqliteFileOptions(LockWaitSeconds: lockWaitSeconds));

    public string Path => _file.Path;

    /// <summary>Creates the file and its tables if needed: at start-up, so an unusable path is reported before any update.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is SqliteException or IOException or UnauthorizedAccessException or SqliteSchemaTooNewException)
        {
            throw new BotStateException($"The bot's state file {Path} cannot be used ({e.Message}).", e);
        }
    }

    public async Task<object?> WriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            _writer ??= await OpenAsync(cancellationToken).ConfigureAwait(false);
            await using var command = _writer.CreateCommand();
            command.CommandText = sql;
            bind(command.Parameters);
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new BotStateException($"The bot's state file {Path} could not be written ({e.Message}).", e);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    /// <summary>Runs a query on a pooled connection of its own (WAL: readers do not wait for the writer).</summary>
    public async Task<List<T>> ReadAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        try
        {
            return await QueryAsync(sql, bind, read, cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteException e)
        {
            throw new BotStateException($"The bot's state file {Path} could not be read ({e.Message}).", e);
        }
    }

    private async Task<List<T>> QueryAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        bind(command.Parameters);
        await using var rows = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var results = new List<T>();
        while (await rows.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            results.Add(read(rows));
        }

        return results;
    }

    public void Dispose()
    {
        _writer?.Dispose();
        _file.Dispose();
        _writeLock.Dispose();
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _file.OpenAsync(cancellationToken);
}
