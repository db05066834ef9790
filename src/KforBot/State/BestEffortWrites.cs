using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>Writes the bot can go on without: a failure (file locked, disk full) is logged, saying what was not recorded, and the bot answers on.</summary>
internal static class BestEffortWrites
{
    /// <returns>Whether it was recorded.</returns>
    public static async Task<bool> TryWriteAsync(this IBotStateDatabase database, ILogger logger, string what, string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken)
    {
        try
        {
            await database.WriteAsync(sql, bind, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (BotStateException e)
        {
            StateDiagnostics.StateNotRecorded(logger, what, e.Message);
            return false;
        }
    }

    /// <summary>Deletes the rows <paramref name="deleteSql"/> finds older than <paramref name="before"/> (bound as <c>$before</c>, Unix milliseconds).</summary>
    /// <returns>Whether it was done.</returns>
    public static Task<bool> TryPruneAsync(this IBotStateDatabase database, ILogger logger, string what, string deleteSql, DateTimeOffset before, CancellationToken cancellationToken) =>
        database.TryWriteAsync(logger, what, deleteSql, p => p.AddWithValue("$before", before.ToUnixTimeMilliseconds()), cancellationToken);
}
