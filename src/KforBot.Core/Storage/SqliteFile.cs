using System.Globalization;
using Microsoft.Data.Sqlite;

namespace KforBot.Storage;

/// <summary>
/// One of the bot's SQLite files: on the first connection it creates the file and its folder, switches it to WAL
/// when asked and applies the migrations its <c>PRAGMA user_version</c> has not seen, each in a transaction; every
/// connection then runs with <c>synchronous = NORMAL</c> (in WAL a commit survives a crash of the process, and
/// writes stay cheap). A file that cannot be opened says why in plain words: a full disk, a read-only file, a path
/// that is no file in a folder the bot may write to.
/// </summary>
public sealed class SqliteFile : IDisposable
{
    private readonly string _connectionString;
    private readonly IReadOnlyList<SqliteMigration> _migrations;
    private readonly SqliteFileOptions _options;
    private readonly SemaphoreSlim _prepareOnce = new(1, 1);
    private volatile bool _prepared;

    public SqliteFile(string path, IReadOnlyList<SqliteMigration> migrations, SqliteFileOptions options)
    {
        Path = System.IO.Path.GetFullPath(path);
        _migrations = migrations;
        _options = options;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = options.Pooling,
            // A locked file is waited for this long before the statement fails.
            DefaultTimeout = options.LockWaitSeconds,
        }.ToString();
    }

    public string Path { get; }

    public bool Exists => File.Exists(Path);

    /// <summary>The schema version the migrations lead to.</summary>
    public int CurrentVersion => _migrations.Count == 0 ? 0 : _migrations[^1].Version;

    /// <summary>Opens a connection to the file with its schema up to date, creating both when needed.</summary>
    /// <exception cref="SqliteSchemaTooNewException">A newer version of the bot wrote the file.</exception>
    /// <exception cref="SqliteException">The file cannot be opened or written.</exception>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_prepared)
        {
            await PrepareAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ConnectAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or its folder removed.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _prepareOnce.Dispose();
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            if (_options.WriteAheadLog)
            {
                await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            }

            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task PrepareAsync(CancellationToken cancellationToken)
    {
        await _prepareOnce.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_prepared)
            {
                return;
            }

            var isNew = !Exists;
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            if (isNew && _options.OwnerOnly && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(Path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            await MigrateAsync(connection, cancellationToken).ConfigureAwait(false);
            _prepared = true;
        }
        catch (SqliteException e) when (PlainWords(e) is { } why)
        {
            throw new SqliteException($"'{Path}' cannot be used: {why} ({e.Message})", e.SqliteErrorCode, e.SqliteExtendedErrorCode);
        }
        finally
        {
            _prepareOnce.Release();
        }
    }

    private async Task MigrateAsync(SqliteConnection connection, CancellationToken cancellationToken)
    {
        if (_options.WriteAheadLog)
        {
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
        }

        var version = Convert.ToInt32(await ExecuteAsync(connection, null, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture);
        if (version > CurrentVersion)
        {
            throw new SqliteSchemaTooNewException(Path, version, CurrentVersion);
        }

        foreach (var migration in _migrations.Where(m => m.Version > version))
        {
            await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, transaction, migration.Sql, cancellationToken).ConfigureAwait(false);
            if (migration.MoveData is { } move)
            {
                await move(connection, transaction, cancellationToken).ConfigureAwait(false);
            }

            await ExecuteAsync(connection, transaction, $"PRAGMA user_version = {migration.Version};", cancellationToken).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>What SQLite's codes mean for the person who set the path; null for the rest, whose own message is clear enough.</summary>
    private static string? PlainWords(SqliteException e) => e.SqliteErrorCode switch
    {
        13 => "the disk is full; free some space",
        8 => "the file is read-only; give the bot's user the right to write it",
        14 => "it is not a file the bot can open; check that the path names a file (not a folder) in a folder the bot may write to",
        _ => null,
    };

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
