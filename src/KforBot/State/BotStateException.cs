namespace KforBot.State;

/// <summary>
/// The bot's state file could not be read or written (locked by another program, disk full, not writable). The
/// message names the file and SQLite's reason; code above the state layer sees this, never a SQLite type.
/// </summary>
internal sealed class BotStateException(string message, Exception innerException) : Exception(message, innerException);
