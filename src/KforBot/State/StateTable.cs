using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>
/// A table of the state file kept in memory: read on first use, then changed here and written through. A file that
/// cannot be read gives an empty table for that call (logged, not kept: the next call reads again); a change the file
/// cannot take is kept in memory, so this run still remembers, and the failure is logged.
/// </summary>
/// <param name="database">The state file.</param>
/// <param name="table">The table and its columns.</param>
/// <param name="whenUnread">What is not known while the file cannot be read, and what is assumed, for the log.</param>
/// <param name="timeProvider">The clock that dates a change (<c>$at</c>).</param>
/// <param name="logger">The owner's logger.</param>
internal sealed class StateTable<TKey, TValue>(
    IBotStateDatabase database, StateColumns table, string whenUnread, TimeProvider timeProvider, ILogger logger)
    where TKey : notnull
    where TValue : notnull
{
    private ConcurrentDictionary<TKey, TValue>? _rows;

    public async Task<IReadOnlyDictionary<TKey, TValue>> RowsAsync(CancellationToken cancellationToken) =>
        await LoadAsync(cancellationToken).ConfigureAwait(false);

    /// <summary>Sets the key's value and writes the row, dated now; <paramref name="what"/> says what was not recorded, for the log.</summary>
    public async Task SetAsync(TKey key, TValue value, string what, CancellationToken cancellationToken)
    {
        (await LoadAsync(cancellationToken).ConfigureAwait(false))[key] = value;
        await database.TryWriteAsync(
            logger,
            what,
            $"INSERT OR REPLACE INTO {table.Name} ({table.Key}, {table.Value}, {table.At}) VALUES ($key, $value, $at)",
            p =>
            {
                p.AddWithValue("$key", key);
                p.AddWithValue("$value", value);
                p.AddWithValue("$at", timeProvider.GetUtcNow().ToUnixTimeMilliseconds());
            },
            cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Removes the key and deletes its row; nothing is written when it was not there.</summary>
    public async Task RemoveAsync(TKey key, string what, CancellationToken cancellationToken)
    {
        if ((await LoadAsync(cancellationToken).ConfigureAwait(false)).TryRemove(key, out _))
        {
            await database.TryWriteAsync(logger, what, $"DELETE FROM {table.Name} WHERE {table.Key} = $key", p => p.AddWithValue("$key", key), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ConcurrentDictionary<TKey, TValue>> LoadAsync(CancellationToken cancellationToken)
    {
        if (_rows is { } loaded)
        {
            return loaded;
        }

        List<KeyValuePair<TKey, TValue>> rows;
        try
        {
            rows = await database.ReadAsync(
                $"SELECT {table.Key}, {table.Value} FROM {table.Name}",
                _ => { },
                row => KeyValuePair.Create(row.GetFieldValue<TKey>(0), row.GetFieldValue<TValue>(1)),
                cancellationToken).ConfigureAwait(false);
        }
        catch (BotStateException e)
        {
            StateDiagnostics.StateNotRead(logger, whenUnread, e.Message);
            return new ConcurrentDictionary<TKey, TValue>();
        }

        // Two first callers may both load; either copy is complete, and the first one stored wins.
        var loadedRows = new ConcurrentDictionary<TKey, TValue>(rows);
        return Interlocked.CompareExchange(ref _rows, loadedRows, null) ?? loadedRows;
    }
}

/// <summary>A table of the state file as a <see cref="StateTable{TKey, TValue}"/> keeps it: one row a key, with its value and when it was set (Unix milliseconds).</summary>
internal sealed record StateColumns(string Name, string Key, string Value, string At);
