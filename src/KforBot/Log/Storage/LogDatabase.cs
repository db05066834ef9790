using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Log.Storage;

/// <summary>
/// The interaction log's SQLite file (default <c>data/log.db</c>, WAL): opens connections and brings the file's
/// schema up to date once. Kept apart from the index, which a reindex replaces, and from the bot's state.
/// </summary>
internal sealed class LogDatabase : IDisposable
{
    private readonly string _connectionString;
    private readonly SemaphoreSlim _migrateOnce = new(1, 1);
    private volatile bool _migrated;

    public LogDatabase(IOptions<LogOptions> options)
    {
        Path = System.IO.Path.GetFullPath(options.Value.Path);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = Path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            // A locked file is waited for this long before the writer counts a failure and retries later.
            DefaultTimeout = 5,
        }.ToString();
    }

    public string Path { get; }

    public bool Exists => File.Exists(Path);

    /// <summary>Opens a connection to an up-to-date log, creating the file and its folder when needed.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateAsync(cancellationToken).ConfigureAwait(false);
        }

        return await ConnectAsync(cancellationToken).ConfigureAwait(false);
    }

    public void Dispose()
    {
        // Pooled connections keep the file open; release them so the file can be moved or its folder removed.
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
        _migrateOnce.Dispose();
    }

    private async Task<SqliteConnection> ConnectAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            // WAL with NORMAL sync: a commit survives a crash of the process; readers never wait for the writer.
            await ExecuteAsync(connection, null, "PRAGMA synchronous = NORMAL;", cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _migrateOnce.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_migrated)
            {
                return;
            }

            var folder = System.IO.Path.GetDirectoryName(Path);
            if (!string.IsNullOrEmpty(folder))
            {
                Directory.CreateDirectory(folder);
            }

            await using var connection = await ConnectAsync(cancellationToken).ConfigureAwait(false);
            await ExecuteAsync(connection, null, "PRAGMA journal_mode = WAL;", cancellationToken).ConfigureAwait(false);
            var version = Convert.ToInt32(await ExecuteAsync(connection, null, "PRAGMA user_version;", cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
            if (version > LogSchema.CurrentVersion)
            {
                throw new LogSchemaException(
                    $"The interaction log '{Path}' was written by a newer version of the bot (schema {version}, this one knows {LogSchema.CurrentVersion}); use that version or another Log:Path.");
            }

            foreach (var migration in LogSchema.Migrations.Where(m => m.Version > version))
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

            _migrated = true;
        }
        finally
        {
            _migrateOnce.Release();
        }
    }

    private static async Task<object?> ExecuteAsync(SqliteConnection connection, SqliteTransaction? transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
    }
}
