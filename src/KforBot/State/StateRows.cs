using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>
/// A table of the state file kept in memory: read on first use, then changed by its owner and written through. A
/// file that cannot be read gives an empty table for that call (logged, not kept: the next call reads again).
/// </summary>
/// <param name="database">The state file.</param>
/// <param name="query">The query that reads every row of the table.</param>
/// <param name="read">A row as a key and its value.</param>
/// <param name="whenUnread">What is not known while the file cannot be read, and what is assumed, for the log.</param>
/// <param name="logger">The owner's logger.</param>
internal sealed class StateRows<TKey, TValue>(
    IBotStateDatabase database, string query, Func<SqliteDataReader, KeyValuePair<TKey, TValue>> read, string whenUnread, ILogger logger)
    where TKey : notnull
{
    private ConcurrentDictionary<TKey, TValue>? _rows;

    public async Task<ConcurrentDictionary<TKey, TValue>> GetAsync(CancellationToken cancellationToken)
    {
        if (_rows is { } loaded)
        {
            return loaded;
        }

        List<KeyValuePair<TKey, TValue>> rows;
        try
        {
            rows = await database.ReadAsync(query, _ => { }, read, cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            StateDiagnostics.StateNotRead(logger, whenUnread, e.Message);
            return new ConcurrentDictionary<TKey, TValue>();
        }

        // Two first callers may both load; either copy is complete, and the first one stored wins.
        var table = new ConcurrentDictionary<TKey, TValue>(rows);
        return Interlocked.CompareExchange(ref _rows, table, null) ?? table;
    }
}
