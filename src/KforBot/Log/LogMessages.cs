using Microsoft.Extensions.Logging;

namespace KforBot.Log;

/// <summary>Every log line of the interaction log. None carries a question or a user id.</summary>
internal static partial class LogMessages
{
    [LoggerMessage(2000, LogLevel.Warning, "The interaction log {Path} cannot be written ({Failure}); {Waiting} changes wait, retry in {DelaySeconds:F0} s")]
    public static partial void WriteFailed(ILogger logger, string path, string failure, long waiting, double delaySeconds, Exception exception);

    [LoggerMessage(2001, LogLevel.Information, "The interaction log {Path} is written again; {Written} waiting changes saved")]
    public static partial void WriteRecovered(ILogger logger, string path, int written);

    [LoggerMessage(2002, LogLevel.Error, "The interaction log {Path} could not be written at shutdown: {Lost} changes lost ({Failure})")]
    public static partial void LostAtShutdown(ILogger logger, string path, int lost, string failure);

    [LoggerMessage(2003, LogLevel.Warning, "The interaction log's queue is full ({Capacity} changes): new questions are not recorded until it drains; {Lost} lost so far")]
    public static partial void QueueFull(ILogger logger, int capacity, long lost);

    [LoggerMessage(2007, LogLevel.Error, "The user-id key beside the interaction log cannot be read or made; the question is not recorded")]
    public static partial void KeyUnavailable(ILogger logger, Exception exception);

    [LoggerMessage(2004, LogLevel.Information, "Interaction log retention: {Deleted} entries older than {Days} days deleted")]
    public static partial void RetentionDeleted(ILogger logger, int deleted, int days);

    [LoggerMessage(2005, LogLevel.Warning, "Interaction log retention failed; trying again in a day")]
    public static partial void RetentionFailed(ILogger logger, Exception exception);

    [LoggerMessage(2006, LogLevel.Information, "Re-check after reindex: {Answerable} of {Checked} refused questions now have an answer")]
    public static partial void Rechecked(ILogger logger, int answerable, int @checked);
}
