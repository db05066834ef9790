using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Telegram.State;

/// <summary>
/// The bot's own SQLite file (default <c>data/bot.db</c>): handled update ids, answers shown (for "More sources"
/// and feedback), feedback records and chats that blocked the bot. Separate from the article index, which a reindex replaces.
/// </summary>
internal sealed class BotStateDatabase : IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS handled_updates (
            update_id  INTEGER PRIMARY KEY,
            handled_at INTEGER NOT NULL);
        CREATE TABLE IF NOT EXISTS answers (
            id         INTEGER PRIMARY KEY AUTOINCREMENT,
            chat_id    INTEGER NOT NULL,
            question   TEXT    NOT NULL,
            shown      INTEGER NOT NULL,
            passages   TEXT    NOT NULL,
            created_at INTEGER NOT NULL);
        CREATE INDEX IF NOT EXISTS answers_created_at ON answers (created_at);
        CREATE TABLE IF NOT EXISTS feedback (
            id          INTEGER PRIMARY KEY AUTOINCREMENT,
            answer_id   INTEGER NOT NULL,
            chat_id     INTEGER NOT NULL,
            user_id     INTEGER NOT NULL,
            vote        TEXT    NOT NULL CHECK (vote IN ('up', 'down')),
            question    TEXT    NOT NULL,
            passages    TEXT    NOT NULL,
            recorded_at TEXT    NOT NULL,
            UNIQUE (answer_id, user_id) ON CONFLICT REPLACE);
        CREATE TABLE IF NOT EXISTS blocked_chats (
            chat_id    INTEGER PRIMARY KEY,
            reason     TEXT    NOT NULL,
            blocked_at INTEGER NOT NULL);
        """;

    private readonly string _connectionString;
    private readonly SemaphoreSlim _createOnce = new(1, 1);
    private volatile bool _created;

    public BotStateDatabase(IOptions<TelegramOptions> options)
    {
        Path = System.IO.Path.GetFullPath(options.Value.StatePath);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
        }.ToString();
    }

    public string Path { get; }

    /// <summary>Opens a pooled connection, creating the file and its tables on first use.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await CreateAsync(cancellationToken).ConfigureAwait(false);
        }

        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // WAL with NORMAL sync: a commit survives a crash of the process, and writes stay cheap on the hot path.
            await ExecuteAsync(connection, "PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so a test's temp folder can be removed.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _createOnce.Dispose();
    }

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await _createOnce.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_created)
            {
                return;
            }

            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = new SqliteConnection(_connectionString);
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, Schema, cancellationToken).ConfigureAwait(false);
            _created = true;
        }
        finally
        {
            _createOnce.Release();
        }
    }

    private static async Task ExecuteAsync(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
