namespace KforBot.Storage;

/// <summary>How a <see cref="SqliteFile"/> is opened.</summary>
/// <param name="LockWaitSeconds">How long a statement waits for a file another connection holds locked.</param>
/// <param name="WriteAheadLog">WAL: readers never wait for the writer. Off for a file whose side files must not hold its rows (the moderators' password hashes).</param>
/// <param name="Pooling">Connections are pooled (released by <see cref="SqliteFile.Dispose"/>).</param>
/// <param name="OwnerOnly">A new file is readable and writable by the bot's own user only.</param>
public sealed record SqliteFileOptions(int LockWaitSeconds = 5, bool WriteAheadLog = true, bool Pooling = true, bool OwnerOnly = false);
