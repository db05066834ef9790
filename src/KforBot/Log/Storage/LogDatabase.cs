using KforBot.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace KforBot.Log.Storage;

/// <summary>
/// The interaction log's SQLite file (default <c>data/log.db</c>, WAL): opens connections and brings the file's
/// schema up to date once. Kept apart from the index, which a reindex replaces, and from the bot's state.
/// </summary>
internal sealed class LogDatabase(IOptions<LogOptions> options) : IDisposable
{
    // A locked file is waited for 5 seconds before the writer counts a failure and retries later.
    private readonly SqliteFile _file = new(options.Value.Path, LogSchema.Migrations, new SqliteFileOptions(LockWaitSeconds: 5));

    public string Path => _file.Path;

    public bool Exists => _file.Exists;

    /// <summary>Opens a connection to an up-to-date log, creating the file and its folder when needed.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _file.OpenAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (SqliteSchemaTooNewException e)
        {
            throw new LogSchemaException(
                $"The interaction log '{Path}' was written by a newer version of the bot (schema {e.Version}, this one knows {e.KnownVersion}); use that version or another Log:Path.");
        }
    }

    public void Dispose() => _file.Dispose();
}
