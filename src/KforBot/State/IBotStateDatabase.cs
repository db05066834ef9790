using Microsoft.Data.Sqlite;

namespace KforBot.State;

/// <summary>The bot's state file, as the stores use it. Failures surface as <see cref="BotStateException"/>.</summary>
internal interface IBotStateDatabase
{
    /// <summary>Runs a statement that writes, after the writes before it, and returns its scalar result.</summary>
    Task<object?> WriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken);

    /// <summary>Runs a query and reads every row.</summary>
    Task<List<T>> ReadAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken);
}
