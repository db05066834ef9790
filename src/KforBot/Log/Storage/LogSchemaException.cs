namespace KforBot.Log.Storage;

/// <summary>The log file cannot be used by this version of the bot; the message says what to do.</summary>
internal sealed class LogSchemaException(string message) : Exception(message);
