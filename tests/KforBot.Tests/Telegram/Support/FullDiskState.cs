using KforBot.State;
using Microsoft.Data.Sqlite;

namespace KforBot.Tests.Telegram.Support;

/// <summary>The bot's state file on a disk that fills up: reads go to the real file; once <see cref="Full"/>, every write fails as SQLite reports a full disk.</summary>
internal sealed class FullDiskState(BotStateDatabase file) : IBotStateDatabase
{
    public volatile bool Full;

    public Task<object?> WriteAsync(string sql, Action<SqliteParameterCollection> bind, CancellationToken cancellationToken) =>
        Full
            ? throw new BotStateException($"The bot's state file {file.Path} could not be written (SQLite Error 13: 'database or disk is full').", new IOException("No space left on device"))
            : file.WriteAsync(sql, bind, cancellationToken);

    public Task<List<T>> ReadAsync<T>(string sql, Action<SqliteParameterCollection> bind, Func<SqliteDataReader, T> read, CancellationToken cancellationToken) =>
        file.ReadAsync(sql, bind, read, cancellationToken);
}
