using Microsoft.Data.Sqlite;

namespace KforBot.Storage;

/// <summary>One step of a file's schema: SQL, then optionally code that moves data. Never change a step that has shipped: add the next one.</summary>
public sealed record SqliteMigration(
    int Version,
    string Sql,
    Func<SqliteConnection, SqliteTransaction, CancellationToken, Task>? MoveData = null);
