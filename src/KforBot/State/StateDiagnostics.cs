using Microsoft.Extensions.Logging;

namespace KforBot.State;

/// <summary>The log lines of the bot's state file: what could not be recorded or read, with the file's reason.</summary>
internal static partial class StateDiagnostics
{
    [LoggerMessage(1500, LogLevel.Error, "Could not record {What}: {Reason} The bot goes on answering.")]
    public static partial void StateNotRecorded(ILogger logger, string what, string reason);

    [LoggerMessage(1501, LogLevel.Error, "Could not read {What}: {Reason} The bot goes on answering.")]
    public static partial void StateNotRead(ILogger logger, string what, string reason);
}
