using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Logging.Console;

namespace KforBot.Cli;

/// <summary>
/// One line per log entry on standard error, as the simple console formatter writes it, except that an exception
/// shows as its message: the stack trace follows only at Debug level (see <see cref="LogDetail"/>). A failing
/// reindex logged a full .NET stack trace under the one line that says what went wrong.
/// </summary>
internal sealed class ConsoleLogFormatter(IConfiguration configuration, TimeProvider time) : ConsoleFormatter(FormatterName)
{
    public const string FormatterName = "kforbot";

    private readonly bool _stackTraces = LogDetail.ShowsStackTraces(configuration);

    public override void Write<TState>(in LogEntry<TState> logEntry, IExternalScopeProvider? scopeProvider, TextWriter textWriter)
    {
        var message = logEntry.Formatter(logEntry.State, logEntry.Exception);
        if (string.IsNullOrEmpty(message) && logEntry.Exception is null)
        {
            return;
        }

        textWriter.Write($"{time.GetLocalNow():HH:mm:ss} {Abbreviation(logEntry.LogLevel)}: {logEntry.Category}[{logEntry.EventId.Id}] {OneLine(message)}");
        if (logEntry.Exception is { } exception)
        {
            textWriter.Write(_stackTraces ? Environment.NewLine + exception : $" ({OneLine(exception.Message)})");
        }

        textWriter.WriteLine();
    }

    private static string OneLine(string text) => text.ReplaceLineEndings(" ");

    private static string Abbreviation(LogLevel level) => level switch
    {
        LogLevel.Trace => "trce",
        LogLevel.Debug => "dbug",
        LogLevel.Information => "info",
        LogLevel.Warning => "warn",
        LogLevel.Error => "fail",
        LogLevel.Critical => "crit",
        _ => level.ToString().ToLowerInvariant(),
    };
}
